package dev.charter.rest.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One version of a resource in its history.
 *
 * @param transactionId the transaction that wrote it
 * @param timestamp that transaction's timestamp, or null when the historian has no record of it
 * @param value the resource as written, or null when the transaction deleted it
 */
public record ResourceVersion(String transactionId, String transactionType, Instant timestamp, JsonNode value) {
}
