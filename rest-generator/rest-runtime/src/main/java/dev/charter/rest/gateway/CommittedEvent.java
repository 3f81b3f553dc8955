package dev.charter.rest.gateway;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event of a committed transaction, as subscribers see it.
 *
 * @param block the number of the block whose transaction emitted it
 * @param index its position among the events of that block (0 for the first), in block and emission order
 * @param transactionId the transaction that emitted it
 * @param event the event in Composer's JSON
 */
public record CommittedEvent(long block, int index, String transactionId, JsonNode event) {
}
