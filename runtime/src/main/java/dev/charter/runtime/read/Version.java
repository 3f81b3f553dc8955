package dev.charter.runtime.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One version of an asset or participant in its history.
 *
 * @param transactionId the transaction that wrote it
 * @param transactionType that transaction's type, from its historian record, or null when there is none
 * @param timestamp that transaction's timestamp, or null when the historian has no record of it (a ledger's
 *     own system transactions)
 * @param value the resource as written, or null when the transaction removed it
 */
public record Version(String transactionId, String transactionType, Instant timestamp, JsonNode value) {
}
