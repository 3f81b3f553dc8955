package dev.charter.ledger.consensus;

import dev.charter.ledger.block.Block;
import dev.charter.ledger.block.Hash;
import java.time.Instant;
import java.util.Objects;

/**
 * What the next block must chain: its number, the hash of the last header, the last block's results
 * hash and timestamp (block timestamps never go back).
 */
public record ChainHead(long nextNumber, Hash previousHash, Hash previousResultsHash, Instant previousTimestamp) {

    public ChainHead {
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(previousResultsHash, "previousResultsHash");
        Objects.requireNonNull(previousTimestamp, "previousTimestamp");
    }

    /** The head after {@code block} has been committed. */
    public static ChainHead after(Block block) {
        return new ChainHead(block.number() + 1, block.header().hash(), block.resultsHash(), block.header().timestamp());
    }
}
