package dev.charter.ledger.store;

import dev.charter.runtime.state.StateWrite;
import java.util.List;
import java.util.Objects;

/** The state writes one transaction committed, tagged with its id as its history records them. */
public record StateCommit(String transactionId, List<StateWrite> writes) {

    public StateCommit {
        Objects.requireNonNull(transactionId, "transactionId");
        writes = List.copyOf(writes);
    }
}
