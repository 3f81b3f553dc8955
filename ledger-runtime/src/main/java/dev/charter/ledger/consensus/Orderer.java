package dev.charter.ledger.consensus;

import dev.charter.ledger.tx.SignedTransaction;

/**
 * A consensus engine: orders transactions submitted on any node into one sequence of signed blocks that
 * every node commits. {@code solo} ({@link SoloOrderer}) is one process ordering alone; a Raft engine
 * (replicating ordered blocks through its log) or a BFT engine (agreeing on each block among 3f+1
 * orderers) implements the same interface, delivering the blocks it decides to each node's
 * {@link BlockSink}.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link #start} is called once, before any {@link #submit}: blocks are delivered from
 *       {@code head.nextNumber()} on, each chaining the head the previous {@link BlockSink#commit}
 *       returned (header hash, results hash; timestamps never decrease). Delivery is in commit order,
 *       on one thread at a time.</li>
 *   <li>{@link #submit} is thread-safe and returns without waiting for the block: the submitter learns
 *       the outcome from the node once the block is committed. A transaction appears in at most one
 *       block delivered by this orderer. Admission (signatures, identities, replay) happens before.</li>
 *   <li>{@link #close} stops ordering: transactions not yet delivered in a block are dropped (their
 *       submitters never hear they committed, because they did not), and a delivery in progress
 *       finishes first. If {@link BlockSink#commit} throws, the orderer stops as if closed.</li>
 * </ul>
 */
public interface Orderer extends AutoCloseable {

    void start(ChainHead head, BlockSink sink);

    /**
     * Hands a transaction to consensus.
     *
     * @throws IllegalStateException when the orderer is not running (not started, closed or stopped)
     */
    void submit(SignedTransaction transaction);

    /** Stops ordering and waits for a delivery in progress to finish. */
    @Override
    void close();
}
