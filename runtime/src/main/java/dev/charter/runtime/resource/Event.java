package dev.charter.runtime.resource;

import java.time.Instant;

/**
 * The base of every generated event class; the runtime sets the id ({@code <transactionId>#<n>}) and
 * timestamp (the transaction's) when the event is emitted.
 */
public abstract non-sealed class Event extends Resource {

    private String eventId;
    private Instant timestamp;

    public String getEventId() {
        return eventId;
    }

    public void setEventId(String eventId) {
        this.eventId = eventId;
    }

    public Instant getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(Instant timestamp) {
        this.timestamp = timestamp;
    }

    @Override
    public final String $identifier() {
        return eventId;
    }
}
