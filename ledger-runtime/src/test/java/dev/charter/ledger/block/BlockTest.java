package dev.charter.ledger.block;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.runtime.state.StateWrite;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00.000Z");
    private final BlockSigner orderer = TestKeys.orderer();
    private final BlockSignatures verifier = new BlockSignatures();

    private static SignedTransaction tx(String id) {
        return new SignedTransaction(id, "ab12", NOW, ("{\"id\":\"" + id + "\"}").getBytes(UTF_8), new byte[] {7, 7});
    }

    private Block block() {
        List<SignedTransaction> transactions = List.of(tx("tx1"), tx("tx2"));
        List<Outcome> outcomes = List.of(Outcome.ok(), Outcome.refused("Commodity C1 does not exist"));
        ExecutionResults results = new ExecutionResults(outcomes,
                List.of(List.of(StateWrite.put("resource/x/1", "v".getBytes(UTF_8))), List.of()));
        BlockHeader header = BlockHeader.unsigned(1, Hash.sha256("previous".getBytes(UTF_8)),
                Block.transactionsRoot(transactions), Hash.sha256("results".getBytes(UTF_8)), NOW).signedBy(orderer);
        return new Block(header, transactions, outcomes, results.hash());
    }

    @Test
    void decodesWhatItEncodesWithOutcomesAndResults() {
        Block block = block();

        Block decoded = Block.decode(block.encode());

        assertThat(decoded.header()).isEqualTo(block.header());
        assertThat(decoded.transactions()).isEqualTo(block.transactions());
        assertThat(decoded.outcomes()).containsExactly(Outcome.ok(), Outcome.refused("Commodity C1 does not exist"));
        assertThat(decoded.resultsHash()).isEqualTo(block.resultsHash());
        assertThat(decoded.encode()).isEqualTo(block.encode());
    }

    @Test
    void theOrdererSignatureCoversEveryHeaderField() {
        BlockHeader header = block().header();
        assertThat(verifier.verify(orderer.algorithm(), orderer.publicKey(), header.signedBytes(), header.signature()))
                .isTrue();

        BlockHeader later = new BlockHeader(header.number(), header.previousHash(), header.transactionsRoot(),
                header.previousResultsHash(), header.timestamp().plusMillis(1), header.signature());
        assertThat(verifier.verify(orderer.algorithm(), orderer.publicKey(), later.signedBytes(), later.signature()))
                .isFalse();
        assertThat(later.hash()).isNotEqualTo(header.hash());
    }

    @Test
    void resultsHashCoversOutcomesAndWrites() {
        List<Outcome> ok = List.of(Outcome.ok());
        Hash base = new ExecutionResults(ok, List.of(List.of(StateWrite.put("k", new byte[] {1})))).hash();

        assertThat(new ExecutionResults(ok, List.of(List.of(StateWrite.put("k", new byte[] {2})))).hash()).isNotEqualTo(base);
        assertThat(new ExecutionResults(ok, List.of(List.of(StateWrite.delete("k")))).hash()).isNotEqualTo(base);
        assertThat(new ExecutionResults(List.of(Outcome.refused("no")), List.of(List.of())).hash())
                .isNotEqualTo(new ExecutionResults(List.of(Outcome.refused("No")), List.of(List.of())).hash());
    }

    @Test
    void refusesTruncatedAndPaddedBlocks() {
        byte[] encoded = block().encode();

        assertThatThrownBy(() -> Block.decode(Arrays.copyOf(encoded, encoded.length - 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> Block.decode(Arrays.copyOf(encoded, encoded.length + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 bytes follow the block");
    }

    @Test
    void genesisNamesTheNetworkAndTheOrdererKey() {
        Block genesis = Genesis.create("trade", "1.0.0", "sha256:abc", orderer, NOW);

        Genesis.Config config = Genesis.config(Block.decode(genesis.encode()));

        assertThat(config.network()).isEqualTo("trade");
        assertThat(config.networkContentHash()).isEqualTo("sha256:abc");
        assertThat(config.ordererPublicKey()).isEqualTo(orderer.publicKey());
        assertThat(genesis.header().previousHash()).isEqualTo(Hash.ZERO);
        assertThat(genesis.resultsHash()).isEqualTo(Genesis.results().hash());
        assertThat(new String(genesis.transactions().get(0).payload(), UTF_8)).startsWith("{\"network\":\"trade\",");
    }
}
