package dev.charter.rest.gateway;

import java.util.concurrent.CompletableFuture;

/**
 * A transaction the gateway has accepted: its id at once, its outcome when it commits. The future
 * completes exceptionally with a {@link GatewayException} when the transaction fails.
 */
public record Submission(String transactionId, CompletableFuture<Committed> outcome) {
}
