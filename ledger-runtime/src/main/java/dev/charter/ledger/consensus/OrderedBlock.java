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
        this(List.copyOf(transactions), null, header);
    }

    /** @param root the Merkle root of {@code transactions}, or null to compute it here */
    private OrderedBlock(List<SignedTransaction> transactions, Hash root, BlockHeader header) {
        Objects.requireNonNull(header, "header");
        Hash computed = root != null ? root : Block.transactionsRoot(transactions);
        if (!computed.equals(header.transactionsRoot())) {
            throw new IllegalArgumentException("The header of block " + header.number()
                    + " does not name the Merkle root of its transactions");
        }
        this.header = header;
        this.transactions = transactions;
    }

    /**
     * The block of {@code transactions} under the header {@code header} makes from their Merkle root —
     * an orderer's way to build one, computing the root once.
     *
     * @throws IllegalArgumentException when the header made does not name that root
     */
    public static OrderedBlock of(List<SignedTransaction> transactions, Function<Hash, BlockHeader> header) {
        List<SignedTransaction> ordered = List.copyOf(transactions);
        Hash root = Block.transactionsRoot(ordered);
        return new OrderedBlock(ordered, root, header.apply(root));
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
