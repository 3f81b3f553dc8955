package dev.charter.ledger.verify;

import dev.charter.ledger.block.Hash;
import java.util.OptionalLong;

/**
 * What {@link ChainVerifier} found: a chain that holds, or the first block that fails and why.
 *
 * @param blocks how many blocks were verified completely
 * @param failedBlock the first block that fails; empty when the chain holds
 * @param problem what is wrong with it; null when the chain holds
 * @param genesis the genesis header's hash, when block 0 could be read
 * @param head the last verified header's hash, when any
 */
public record Verification(long blocks, OptionalLong failedBlock, String problem, Hash genesis, Hash head) {

    public boolean holds() {
        return failedBlock.isEmpty();
    }

    static Verification holds(long blocks, Hash genesis, Hash head) {
        return new Verification(blocks, OptionalLong.empty(), null, genesis, head);
    }

    static Verification fails(long block, String problem, long verified, Hash genesis, Hash head) {
        return new Verification(verified, OptionalLong.of(block), problem, genesis, head);
    }
}
