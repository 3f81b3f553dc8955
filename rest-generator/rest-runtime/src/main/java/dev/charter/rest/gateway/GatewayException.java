package dev.charter.rest.gateway;

/**
 * A failed gateway operation: its kind, a message written for the network's users (the same text the
 * CLI and the runtime give) and, for invalid data, the field it concerns.
 */
public class GatewayException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Failure failure;
    private final String field;
    private final String transactionId;

    public GatewayException(Failure failure, String message) {
        this(failure, message, null, null, null);
    }

    /**
     * @param field the path of the offending field ({@code productDetails.quantity}), or null
     * @param transactionId the transaction that failed, or null
     */
    public GatewayException(Failure failure, String message, String field, String transactionId, Throwable cause) {
        super(message, cause);
        this.failure = failure;
        this.field = field == null || field.isEmpty() ? null : field;
        this.transactionId = transactionId;
    }

    public Failure failure() {
        return failure;
    }

    /** The path of the offending field, or null. */
    public String field() {
        return field;
    }

    /** The id of the transaction that failed, or null. */
    public String transactionId() {
        return transactionId;
    }
}
