package dev.charter.ledger.node;

/** A ledger node cannot start or go on: the message says what is wrong with which file or block. */
public class LedgerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LedgerException(String message) {
        super(message);
    }

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
