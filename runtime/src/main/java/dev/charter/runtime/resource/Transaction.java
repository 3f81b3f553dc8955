package dev.charter.runtime.resource;

import java.time.Instant;

/**
 * The base of every generated transaction class: the transaction's id and its submitter's signed
 * timestamp, both set by the ledger when the transaction is executed.
 */
public abstract non-sealed class Transaction extends Resource {

    private String transactionId;
    private Instant timestamp;

    public String getTransactionId() {
        return transactionId;
    }

    public void setTransactionId(String transactionId) {
        this.transactionId = transactionId;
    }

    public Instant getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(Instant timestamp) {
        this.timestamp = timestamp;
    }

    @Override
    public final String $identifier() {
        return transactionId;
    }
}
