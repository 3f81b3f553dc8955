package dev.charter.ledger.consensus;

/**
 * Where an {@link Orderer} delivers the blocks it decides: the node's committer.
 *
 * <p>Contract: {@link #commit} is called in commit order — block numbers consecutive from the head the
 * orderer was started with, never twice for one number — and by one thread at a time. When it
 * returns, the block is durable and applied; its return value is the head the next block must chain.
 * When it throws, the node can no longer commit: the orderer must stop delivering.
 */
public interface BlockSink {

    ChainHead commit(OrderedBlock block);
}
