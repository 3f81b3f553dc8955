package dev.charter.rest.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The embedded gateway's committed blocks, in commit order, and the subscriptions that follow them.
 * Each subscription has a thread of its own that delivers blocks one after another: a slow listener
 * delays only itself, and no block is skipped or delivered twice.
 */
final class BlockLog implements AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final List<Block> blocks = new ArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition appended = lock.newCondition();
    private boolean closed;

    /** Appends the next block and wakes the subscriptions. */
    Block append(String transactionId, String transactionType, Instant timestamp, List<JsonNode> events) {
        lock.lock();
        try {
            Block block = new Block(blocks.size() + 1L, transactionId, transactionType, timestamp, events);
            blocks.add(block);
            appended.signalAll();
            return block;
        } finally {
            lock.unlock();
        }
    }

    long height() {
        lock.lock();
        try {
            return blocks.size();
        } finally {
            lock.unlock();
        }
    }

    Subscription subscribe(long fromBlock, Consumer<Block> listener) {
        Follower follower = new Follower(Math.max(1, fromBlock), listener);
        Thread thread = new Thread(follower, "charter-events-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
        return follower;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            appended.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private final class Follower implements Runnable, Subscription {
        private final Consumer<Block> listener;
        private long next;
        private volatile boolean stopped;

        Follower(long next, Consumer<Block> listener) {
            this.next = next;
            this.listener = listener;
        }

        @Override
        public void run() {
            while (true) {
                List<Block> batch;
                lock.lock();
                try {
                    while (!stopped && !closed && blocks.size() < next) {
                        appended.awaitUninterruptibly();
                    }
                    if (stopped || closed) {
                        return;
                    }
                    batch = new ArrayList<>(blocks.subList((int) (next - 1), blocks.size()));
                } finally {
                    lock.unlock();
                }
                for (Block block : batch) {
                    if (stopped) {
                        return;
                    }
                    try {
                        listener.accept(block);
                    } catch (RuntimeException e) {
                        stopped = true;
                        return;
                    }
                    next++;
                }
            }
        }

        @Override
        public void close() {
            stopped = true;
            lock.lock();
            try {
                appended.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }
}
