package dev.charter.ledger.node;

import dev.charter.ledger.block.Block;
import dev.charter.ledger.block.Genesis;
import dev.charter.ledger.consensus.BlockSink;
import dev.charter.ledger.consensus.ChainHead;
import dev.charter.ledger.consensus.OrderedBlock;
import dev.charter.ledger.store.BlockStore;
import dev.charter.ledger.store.RocksStateStore;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.runtime.state.StateStore;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Commits ordered blocks: executes the block, records each transaction's outcome and the results hash,
 * appends the block and forces it to the disk, then applies its writes and the new height to the state in
 * one atomic write, and only then tells {@code committed} — so nobody hears of a commit that a crash could
 * lose.
 *
 * <p>The apply and the telling run on a thread of their own ({@code block-applier}) while the next block
 * executes: that block reads the state as it will be once the previous one is applied — the state store with
 * the previous block's writes laid over it when they are not applied yet ({@link BlockExecutor#afterCommits}). At most one
 * block waits to be applied: a block is handed over only once the one before it is applied.
 */
public final class BlockCommitter implements BlockSink, AutoCloseable {

    private final BlockStore blocks;
    private final RocksStateStore state;
    private final BlockExecutor executor;
    private final BiConsumer<Block, BlockExecutor.Execution> committed;
    private final Consumer<RuntimeException> failed;
    private final ExecutorService applier = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "block-applier");
        thread.setDaemon(true);
        return thread;
    });
    /** The block handed to the applier last; null before the first. Touched by the ordering thread only. */
    private Handed handed;

    private record Handed(Block block, BlockExecutor.Execution execution, Future<?> applied) {
    }

    /**
     * @param committed told of each block once it is durable and applied, with what executing it gave
     * @param failed told when applying a block failed: the node must stop committing
     */
    public BlockCommitter(BlockStore blocks, RocksStateStore state, BlockExecutor executor,
            BiConsumer<Block, BlockExecutor.Execution> committed, Consumer<RuntimeException> failed) {
        this.blocks = blocks;
        this.state = state;
        this.executor = executor;
        this.committed = committed;
        this.failed = failed;
    }

    @Override
    public ChainHead commit(OrderedBlock ordered) {
        BlockExecutor.Execution execution;
        try (RocksStateStore.Snapshot snapshot = state.snapshot()) {
            execution = executor.execute(ordered.transactions(), view(snapshot));
        }
        Block block = new Block(ordered.header(), ordered.transactions(), execution.results().outcomes(),
                execution.results().hash());
        blocks.append(block);
        blocks.sync();
        awaitApplied(); // the block before: one block waits to be applied at most
        handed = new Handed(block, execution, applier.submit(() -> {
            try {
                apply(block, execution);
                committed.accept(block, execution);
            } catch (RuntimeException e) {
                failed.accept(e);
                throw e;
            }
        }));
        return ChainHead.after(block);
    }

    /** The state the next block executes on: the snapshot, with the handed block's writes if it does not hold them. */
    private StateStore view(RocksStateStore.Snapshot snapshot) {
        if (handed == null || snapshot.height().orElse(-1) >= handed.block().number()) {
            return snapshot;
        }
        return BlockExecutor.afterCommits(snapshot, handed.execution().commits());
    }

    private void awaitApplied() {
        if (handed == null) {
            return;
        }
        try {
            handed.applied().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerException("Interrupted while block " + handed.block().number() + " was applied", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause
                    : new LedgerException("Applying block " + handed.block().number() + " failed", e.getCause());
        }
    }

    /**
     * Re-executes a stored block the state has not applied yet (after a crash) and applies it.
     *
     * @throws LedgerException when the execution gives other results than the block records
     */
    void replay(Block block) {
        BlockExecutor.Execution execution = block.number() == 0
                ? BlockExecutor.Execution.none(Genesis.results())
                : executor.execute(block.transactions(), state);
        if (!execution.results().hash().equals(block.resultsHash())) {
            throw new LedgerException("Block " + block.number() + " executes to results hash " + execution.results().hash()
                    + " on this node, but the block records " + block.resultsHash()
                    + ": this node runs the network differently from the node that committed it");
        }
        apply(block, execution);
    }

    private void apply(Block block, BlockExecutor.Execution execution) {
        List<String> ids = block.transactions().stream().map(SignedTransaction::transactionId).toList();
        state.applyBlock(block.number(), block.resultsHash(), ids, execution.commits());
    }

    /** Waits for the last block handed over to be applied (and told), then stops the applier. */
    @Override
    public void close() {
        applier.shutdown();
        try {
            applier.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
