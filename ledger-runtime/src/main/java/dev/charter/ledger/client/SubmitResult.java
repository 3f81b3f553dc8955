package dev.charter.ledger.client;

/**
 * What the node says about one submitted transaction.
 *
 * @param status {@code committed} (in a block, executed), {@code refused} (in a block, refused when
 *     executed — logic, access rules, identity — or refused before ordering by admission: signature,
 *     unknown or revoked identity, replay, timestamp), {@code accepted} (admitted for ordering; the
 *     submitter did not wait) or {@code unknown} (the node has no record of it)
 * @param block the block that holds it, or -1
 * @param index its position in that block, or -1
 * @param reason why it was refused, or null
 */
public record SubmitResult(String transactionId, String status, long block, int index, String reason) {

    public static final String COMMITTED = "committed";
    public static final String REFUSED = "refused";
    public static final String ACCEPTED = "accepted";
    public static final String UNKNOWN = "unknown";

    public boolean committed() {
        return COMMITTED.equals(status);
    }

    public boolean refused() {
        return REFUSED.equals(status);
    }

    @Override
    public String toString() {
        return switch (status) {
            case COMMITTED -> transactionId + " committed in block " + block;
            case REFUSED -> transactionId + " refused" + (block >= 0 ? " in block " + block : " before ordering")
                    + ": " + reason;
            default -> transactionId + " " + status;
        };
    }
}
