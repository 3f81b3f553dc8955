package dev.charter.ledger.consensus;

import dev.charter.ledger.block.Block;
import dev.charter.ledger.block.BlockHeader;
import dev.charter.ledger.tx.SignedTransaction;
import java.util.List;
import java.util.Objects;

/**
 * A block as consensus decided it, before any node executed it: the signed header and the transactions
 * in their agreed order. Executing it gives the {@link Block} that is stored.
 */
public record OrderedBlock(BlockHeader header, List<SignedTransaction> transactions) {

    public OrderedBlock {
        Objects.requireNonNull(header, "header");
        transactions = List.copyOf(transactions);
        if (!Block.transactionsRoot(transactions).equals(header.transactionsRoot())) {
            throw new IllegalArgumentException("The header of block " + header.number()
                    + " does not name the Merkle root of its transactions");
        }
    }
}
