package dev.charter.ledger.consensus;

import static dev.charter.ledger.consensus.OrdererContract.tx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.ledger.block.Block;
import dev.charter.ledger.block.BlockHeader;
import dev.charter.ledger.block.Hash;
import dev.charter.ledger.tx.SignedTransaction;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderedBlockTest {

    private static final Instant TIME = Instant.parse("2026-11-29T12:00:00Z");
    private final List<SignedTransaction> transactions = List.of(tx(1), tx(2), tx(3));

    @Test
    void anOrdererBuildsTheHeaderOverTheMerkleRootOfTheTransactions() {
        OrderedBlock block = OrderedBlock.of(transactions,
                root -> BlockHeader.unsigned(4, Hash.ZERO, root, Hash.ZERO, TIME));

        assertThat(block.header().transactionsRoot()).isEqualTo(Block.transactionsRoot(transactions));
        assertThat(block.transactions()).isEqualTo(transactions);
        assertThat(new OrderedBlock(block.header(), transactions).header()).isEqualTo(block.header());
    }

    @Test
    void aHeaderNamingAnotherRootIsRefused() {
        BlockHeader other = BlockHeader.unsigned(4, Hash.ZERO, Block.transactionsRoot(List.of(tx(1))), Hash.ZERO, TIME);

        assertThatThrownBy(() -> new OrderedBlock(other, transactions))
                .hasMessage("The header of block 4 does not name the Merkle root of its transactions");
        assertThatThrownBy(() -> OrderedBlock.of(transactions, root -> other))
                .hasMessage("The header of block 4 does not name the Merkle root of its transactions");
    }
}
