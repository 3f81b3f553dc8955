package dev.charter.rest.gateway;

import dev.charter.ledger.client.LedgerClientException;
import java.util.concurrent.CompletionStage;

/** A live subscription to committed blocks; closing it stops delivery. */
public interface Subscription extends AutoCloseable {

    /**
     * Completes once delivery has ended: normally when the subscription was closed or the node ended the stream
     * (it stopped); exceptionally with a {@link LedgerClientException} when the node no longer accepts the caller's
     * identity (401, saying why) or the stream broke, or with the listener's failure.
     */
    CompletionStage<Void> ended();

    /**
     * Why delivery ended, for the subscriber, given how {@link #ended} completed: the node's reason when it refused
     * the caller or the stream broke, else that the node ended the stream (it stopped).
     */
    static String why(Throwable failure) {
        return failure instanceof LedgerClientException ended ? ended.getMessage() : "The node ended the event stream";
    }

    @Override
    void close();
}
