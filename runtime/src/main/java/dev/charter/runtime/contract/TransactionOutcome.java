package dev.charter.runtime.contract;

import dev.charter.runtime.resource.Event;
import java.util.List;

/** How one transaction ended: committed with its events and return value, or failed with a message and nothing written. */
public sealed interface TransactionOutcome {

    String transactionId();

    /** The committed outcome; an {@link IllegalStateException} carrying the message when the transaction failed. */
    Committed orThrow();

    /**
     * The transaction's writes, transaction record and historian record are in the store.
     *
     * @param events the events emitted, in emission order
     * @param returnValue the value of a {@code @returns} transaction, else null
     */
    record Committed(String transactionId, List<Event> events, Object returnValue) implements TransactionOutcome {
        public Committed {
            events = List.copyOf(events);
        }

        @Override
        public Committed orThrow() {
            return this;
        }
    }

    /**
     * Nothing the transaction did reached the store and no event was emitted.
     *
     * @param message for the submitter: a validation, logic, registry, access or relationship message
     * @param cause the exception that failed the transaction
     */
    record Failed(String transactionId, String message, RuntimeException cause) implements TransactionOutcome {
        @Override
        public Committed orThrow() {
            throw new IllegalStateException("Transaction " + transactionId + " failed: " + message, cause);
        }
    }
}
