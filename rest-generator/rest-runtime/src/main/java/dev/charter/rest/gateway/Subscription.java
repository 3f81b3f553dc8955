package dev.charter.rest.gateway;

import java.util.concurrent.CompletionStage;

/** A live subscription to committed blocks; closing it stops delivery. */
public interface Subscription extends AutoCloseable {

    /**
     * Completes once delivery has ended: normally when the subscription was closed or the node stopped; exceptionally
     * when the node ended the stream because it no longer accepts the caller's identity (a
     * {@link dev.charter.ledger.client.LedgerClientException}, 401, saying why) or the listener failed.
     */
    CompletionStage<Void> ended();

    @Override
    void close();
}
