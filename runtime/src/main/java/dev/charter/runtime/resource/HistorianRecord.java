package dev.charter.runtime.resource;

import java.time.Instant;
import java.util.List;

/**
 * What the historian keeps for every committed transaction ({@code org.hyperledger.composer.system.HistorianRecord}):
 * which transaction, who submitted it with which identity, the events it emitted and when.
 */
public class HistorianRecord extends Asset {

    public static final String TYPE = "org.hyperledger.composer.system.HistorianRecord";

    private String transactionId;
    private String transactionType;
    private Relationship<Transaction> transactionInvoked;
    private Relationship<Participant> participantInvoking;
    private Relationship<Identity> identityUsed;
    private List<Event> eventsEmitted;
    private Instant transactionTimestamp;

    public HistorianRecord() {
    }

    public String getTransactionId() {
        return transactionId;
    }

    public void setTransactionId(String transactionId) {
        this.transactionId = transactionId;
    }

    public String getTransactionType() {
        return transactionType;
    }

    public void setTransactionType(String transactionType) {
        this.transactionType = transactionType;
    }

    public Relationship<Transaction> getTransactionInvoked() {
        return transactionInvoked;
    }

    public void setTransactionInvoked(Relationship<Transaction> transactionInvoked) {
        this.transactionInvoked = transactionInvoked;
    }

    public Relationship<Participant> getParticipantInvoking() {
        return participantInvoking;
    }

    public void setParticipantInvoking(Relationship<Participant> participantInvoking) {
        this.participantInvoking = participantInvoking;
    }

    public Relationship<Identity> getIdentityUsed() {
        return identityUsed;
    }

    public void setIdentityUsed(Relationship<Identity> identityUsed) {
        this.identityUsed = identityUsed;
    }

    public List<Event> getEventsEmitted() {
        return eventsEmitted;
    }

    public void setEventsEmitted(List<Event> eventsEmitted) {
        this.eventsEmitted = eventsEmitted;
    }

    public Instant getTransactionTimestamp() {
        return transactionTimestamp;
    }

    public void setTransactionTimestamp(Instant transactionTimestamp) {
        this.transactionTimestamp = transactionTimestamp;
    }

    @Override
    public String $class() {
        return TYPE;
    }

    @Override
    public String $identifier() {
        return transactionId;
    }
}
