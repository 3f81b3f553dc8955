package dev.charter.rest.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * What subscribers see of one committed block: its number, its transaction and the events emitted, in
 * emission order. (The embedded gateway commits one transaction per block.)
 */
public record Block(long number, String transactionId, String transactionType, Instant timestamp, List<JsonNode> events) {
    public Block {
        events = List.copyOf(events);
    }
}
