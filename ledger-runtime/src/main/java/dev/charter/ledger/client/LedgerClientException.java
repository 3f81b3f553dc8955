package dev.charter.ledger.client;

/** The node refused a request or could not be reached; the message says which and why. */
public class LedgerClientException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public LedgerClientException(int status, String message) {
        super(message);
        this.status = status;
    }

    public LedgerClientException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    /** The HTTP status the node answered with, or -1 when it could not be reached. */
    public int status() {
        return status;
    }
}
