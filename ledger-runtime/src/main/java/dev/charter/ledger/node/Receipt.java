package dev.charter.ledger.node;

import dev.charter.ledger.block.Outcome;
import dev.charter.runtime.resource.Event;
import java.util.List;

/**
 * What a submitter hears once its transaction's block is durable and applied: where it is, how it
 * ended, the events it emitted (none when refused) and its return value (null when none).
 */
public record Receipt(String transactionId, long block, int index, Outcome outcome, List<Event> events,
        Object returnValue) {

    public Receipt {
        events = List.copyOf(events);
    }
}
