package dev.charter.rest.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A committed transaction.
 *
 * @param block the number of the block it committed in
 * @param returnValue the value of a {@code @returns} transaction in Composer's JSON, or null
 * @param events the events it emitted, in emission order
 */
public record Committed(String transactionId, long block, JsonNode returnValue, List<JsonNode> events) {
    public Committed {
        events = List.copyOf(events);
    }
}
