package dev.charter.ledger.node;

import dev.charter.ledger.block.Block;
import dev.charter.ledger.block.Genesis;
import dev.charter.ledger.consensus.BlockSink;
import dev.charter.ledger.consensus.ChainHead;
import dev.charter.ledger.consensus.OrderedBlock;
import dev.charter.ledger.store.BlockStore;
import dev.charter.ledger.store.RocksStateStore;
import dev.charter.ledger.tx.SignedTransaction;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Commits ordered blocks: executes the block on the current state, records each transaction's outcome
 * and the results hash, appends the block and forces it to the disk, applies its writes and the new
 * height to the state in one atomic write, and only then tells {@code committed} — so nobody hears of a
 * commit that a crash could lose.
 */
public final class BlockCommitter implements BlockSink {

    private final BlockStore blocks;
    private final RocksStateStore state;
    private final BlockExecutor executor;
    private final BiConsumer<Block, BlockExecutor.Execution> committed;

    /** @param committed told of each block once it is durable and applied, with what executing it gave */
    public BlockCommitter(BlockStore blocks, RocksStateStore state, BlockExecutor executor,
            BiConsumer<Block, BlockExecutor.Execution> committed) {
        this.blocks = blocks;
        this.state = state;
        this.executor = executor;
        this.committed = committed;
    }

    @Override
    public ChainHead commit(OrderedBlock ordered) {
        BlockExecutor.Execution execution = executor.execute(ordered.transactions(), state);
        Block block = new Block(ordered.header(), ordered.transactions(), execution.results().outcomes(),
                execution.results().hash());
        blocks.append(block);
        blocks.sync();
        apply(block, execution);
        committed.accept(block, execution);
        return ChainHead.after(block);
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
}
