package dev.charter.ledger.consensus;

import dev.charter.ledger.block.BlockHeader;
import dev.charter.ledger.block.BlockSigner;
import dev.charter.ledger.tx.SignedTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The {@code solo} consensus engine: one orderer in the node's own process, for development and single
 * organisations. A thread cuts the submitted transactions into blocks — a block closes when it holds
 * {@code maxTransactions}, or {@code maxDelay} after its first transaction arrived — signs each header
 * with the orderer's key, and commits it before cutting the next. Transactions that arrive while a block
 * commits wait for the next one, so one block (and one fsync) carries every transaction that came in
 * meanwhile: group commit.
 */
public final class SoloOrderer implements Orderer {

    private final BlockSigner signer;
    private final int maxTransactions;
    private final Duration maxDelay;
    private final Clock clock;
    private final LinkedBlockingQueue<SignedTransaction> queue = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread thread;

    /**
     * @param maxTransactions the most transactions in one block
     * @param maxDelay how long a block waits for more transactions after its first one
     * @param clock gives block timestamps
     */
    public SoloOrderer(BlockSigner signer, int maxTransactions, Duration maxDelay, Clock clock) {
        if (maxTransactions < 1) {
            throw new IllegalArgumentException("A block holds at least one transaction, not " + maxTransactions);
        }
        this.signer = Objects.requireNonNull(signer, "signer");
        this.maxTransactions = maxTransactions;
        this.maxDelay = Objects.requireNonNull(maxDelay, "maxDelay");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized void start(ChainHead head, BlockSink sink) {
        if (thread != null) {
            throw new IllegalStateException("The solo orderer has already been started");
        }
        running = true;
        thread = new Thread(() -> order(head, sink), "solo-orderer");
        thread.start();
    }

    @Override
    public void submit(SignedTransaction transaction) {
        if (!running) {
            throw new IllegalStateException("The solo orderer is not running");
        }
        queue.add(transaction);
    }

    private void order(ChainHead start, BlockSink sink) {
        ChainHead head = start;
        try {
            while (running) {
                List<SignedTransaction> batch = cut();
                if (batch.isEmpty()) {
                    continue;
                }
                Instant now = clock.instant();
                Instant timestamp = now.isBefore(head.previousTimestamp()) ? head.previousTimestamp() : now;
                ChainHead previous = head;
                head = sink.commit(OrderedBlock.of(batch, root -> BlockHeader.unsigned(previous.nextNumber(),
                        previous.previousHash(), root, previous.previousResultsHash(), timestamp).signedBy(signer)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // The sink could not commit and has reported why; the contract says: stop ordering.
        } finally {
            running = false;
        }
    }

    /** The next block's transactions; empty when none arrived for a while (so that {@link #close} is noticed). */
    private List<SignedTransaction> cut() throws InterruptedException {
        List<SignedTransaction> batch = new ArrayList<>();
        SignedTransaction first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
            return batch;
        }
        batch.add(first);
        long deadline = System.nanoTime() + maxDelay.toNanos();
        while (batch.size() < maxTransactions) {
            if (queue.drainTo(batch, maxTransactions - batch.size()) > 0) {
                continue;
            }
            long wait = deadline - System.nanoTime();
            SignedTransaction next = wait > 0 ? queue.poll(wait, TimeUnit.NANOSECONDS) : null;
            if (next == null) {
                break;
            }
            batch.add(next);
        }
        return batch;
    }

    @Override
    public void close() {
        Thread ordering;
        synchronized (this) {
            running = false;
            ordering = thread;
        }
        if (ordering != null && ordering != Thread.currentThread()) {
            try {
                ordering.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
