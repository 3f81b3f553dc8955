package dev.charter.ledger.consensus;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.ledger.block.Block;
import dev.charter.ledger.block.BlockSigner;
import dev.charter.ledger.block.Hash;
import dev.charter.ledger.block.BlockSignatures;
import dev.charter.ledger.block.TestKeys;
import dev.charter.ledger.tx.SignedTransaction;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link Orderer} must do; each consensus engine's test extends this suite. */
public abstract class OrdererContract {

    protected final BlockSigner signer = TestKeys.orderer();

    /** A new, unstarted orderer signing with {@link #signer}. */
    protected abstract Orderer newOrderer();

    private static final Instant START = Instant.parse("2026-11-29T12:00:00Z");

    static SignedTransaction tx(int n) {
        return new SignedTransaction("tx" + n, "ab", START.plusSeconds(n), ("{\"n\":" + n + "}").getBytes(UTF_8),
                new byte[] {1});
    }

    /** A sink that records what it receives and answers with the head after it. */
    static final class RecordingSink implements BlockSink {
        final List<OrderedBlock> blocks = new CopyOnWriteArrayList<>();

        @Override
        public ChainHead commit(OrderedBlock block) {
            blocks.add(block);
            return new ChainHead(block.header().number() + 1, block.header().hash(),
                    Hash.sha256(("results " + block.header().number()).getBytes(UTF_8)), block.header().timestamp());
        }

        int transactions() {
            return blocks.stream().mapToInt(b -> b.transactions().size()).sum();
        }
    }

    static void await(RecordingSink sink, int transactions) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (sink.transactions() < transactions && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(sink.transactions()).isEqualTo(transactions);
    }

    @Test
    void deliversEveryTransactionOnceInConsecutiveBlocksEachChainingTheHeadBefore() throws InterruptedException {
        ChainHead head = new ChainHead(7, Hash.sha256("h6".getBytes(UTF_8)), Hash.sha256("r6".getBytes(UTF_8)), START);
        RecordingSink sink = new RecordingSink();
        try (Orderer orderer = newOrderer()) {
            orderer.start(head, sink);
            IntStream.range(0, 250).parallel().forEach(n -> orderer.submit(tx(n)));
            await(sink, 250);
        }

        ChainHead expected = head;
        for (OrderedBlock block : sink.blocks) {
            assertThat(block.header().number()).isEqualTo(expected.nextNumber());
            assertThat(block.header().previousHash()).isEqualTo(expected.previousHash());
            assertThat(block.header().previousResultsHash()).isEqualTo(expected.previousResultsHash());
            assertThat(block.header().timestamp()).isAfterOrEqualTo(expected.previousTimestamp());
            assertThat(block.header().transactionsRoot()).isEqualTo(Block.transactionsRoot(block.transactions()));
            assertThat(new BlockSignatures().verify(signer.algorithm(), signer.publicKey(), block.header().signedBytes(),
                    block.header().signature())).isTrue();
            expected = new ChainHead(block.header().number() + 1, block.header().hash(),
                    Hash.sha256(("results " + block.header().number()).getBytes(UTF_8)), block.header().timestamp());
        }
        assertThat(sink.blocks.stream().flatMap(b -> b.transactions().stream()).map(SignedTransaction::transactionId).distinct())
                .hasSize(250);
    }

    @Test
    void stopsDeliveringWhenTheSinkFails() throws InterruptedException {
        RecordingSink recording = new RecordingSink();
        try (Orderer orderer = newOrderer()) {
            orderer.start(new ChainHead(1, Hash.ZERO, Hash.ZERO, START), block -> {
                recording.commit(block);
                throw new IllegalStateException("disk full");
            });
            orderer.submit(tx(1));
            await(recording, 1);
            Thread.sleep(300);

            assertThatThrownBy(() -> orderer.submit(tx(2))).isInstanceOf(IllegalStateException.class);
        }
        assertThat(recording.blocks).hasSize(1);
    }

    @Test
    void refusesTransactionsOnceClosed() {
        Orderer orderer = newOrderer();
        orderer.start(new ChainHead(1, Hash.ZERO, Hash.ZERO, START), new RecordingSink());
        orderer.close();

        assertThatThrownBy(() -> orderer.submit(tx(1))).isInstanceOf(IllegalStateException.class);
    }
}
