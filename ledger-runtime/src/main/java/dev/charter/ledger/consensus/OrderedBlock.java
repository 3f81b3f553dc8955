package dev.charter.ledger.consensus;

import dev.charter.ledger.block.Block;
import dev.charter.ledger.block.BlockHeader;
import dev.charter.ledger.block.Hash;
import dev.charter.ledger.tx.SignedTransaction;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A block as consensus decided it, before any node executed it: the signed header and the transactions
 * in their agreed order. Executing it gives the {@link Block} that is stored.
 */
public final class OrderedBlock {

    private final BlockHeader header;
    private final List<SignedTransaction> transactions;

    /** @throws IllegalArgumentException when the header does not name the Merkle root of the transactions */
    public OrderedBlock(BlockHeader header, List<SignedTransaction> transactions) {
        this(Objects.requireNonNull(header, "header"), List.copyOf(transactions), null);
        if (!Block.transactionsRoot(this.transactions).equals(header.transactionsRoot())) {
            throw new IllegalArgumentException("The header of block " + header.number()
                    + " does not name the Merkle root of its transactions");
        }
    }

    private OrderedBlock(BlockHeader header, List<SignedTransaction> transactions, Void checked) {
        this.header = header;
        this.transactions = transactions;
    }

    /**
     * The block of {@code transactions} under the header {@code header} makes from their Merkle root —
     * an orderer's way to build one, computing the root once.
     */
    public static OrderedBlock of(List<SignedTransaction> transactions, Function<Hash, BlockHeader> header) {
        List<SignedTransaction> ordered = List.copyOf(transactions);
        Hash root = Block.transactionsRoot(ordered);
        BlockHeader made = Objects.requireNonNull(header.apply(root), "header");
        if (!made.transactionsRoot().equals(root)) {
            throw new IllegalArgumentException("The header of block " + made.number()
                    + " does not name the Merkle root of its transactions");
        }
        return new OrderedBlock(made, ordered, null);
    }

    public BlockHeader header() {
        return header;
    }

    public List<SignedTransaction> transactions() {
        return transactions;
    }

    @Override
    public String toString() {
        return "OrderedBlock[" + header.number() + ", " + transactions.size() + " transactions]";
    }
}
