package dev.charter.ledger.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

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
 * @param events the events a committed transaction emitted, in Composer's JSON, in emission order (empty
 *     otherwise, and when the node did not say)
 * @param returnValue the value a committed {@code @returns} transaction returned, in Composer's JSON, or null
 */
public record SubmitResult(String transactionId, String status, long block, int index, String reason,
        List<JsonNode> events, JsonNode returnValue) {

    public static final String COMMITTED = "committed";
    public static final String REFUSED = "refused";
    public static final String ACCEPTED = "accepted";
    public static final String UNKNOWN = "unknown";

    public SubmitResult {
        events = List.copyOf(events);
    }

    /** A result without events or return value. */
    public SubmitResult(String transactionId, String status, long block, int index, String reason) {
        this(transactionId, status, block, index, reason, List.of(), null);
    }

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
