package dev.charter.ledger.node;

import dev.charter.ledger.block.Outcome;

/** What a submitter hears once its transaction's block is durable and applied: where it is and how it ended. */
public record Receipt(String transactionId, long block, int index, Outcome outcome) {
}
