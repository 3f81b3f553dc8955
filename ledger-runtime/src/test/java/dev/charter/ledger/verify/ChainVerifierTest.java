package dev.charter.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.ledger.block.Block;
import dev.charter.ledger.block.BlockHeader;
import dev.charter.ledger.block.BlockSigner;
import dev.charter.ledger.block.BlockSignatures;
import dev.charter.ledger.block.Outcome;
import dev.charter.ledger.block.TestKeys;
import dev.charter.ledger.node.DataDirectory;
import dev.charter.ledger.node.Receipt;
import dev.charter.ledger.node.SubmitterResolver;
import dev.charter.ledger.store.BlockStore;
import dev.charter.ledger.testing.AccountsNetwork;
import dev.charter.ledger.testing.DataDirectories;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.runtime.access.AccessController;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainVerifierTest {

    @TempDir
    static Path shared;

    private static Path chain;
    private static List<Receipt> receipts;
    private static final BlockSigner ORDERER = TestKeys.orderer();

    @TempDir
    Path dir;

    private final ChainVerifier verifier = new ChainVerifier(new BlockSignatures(), SubmitterResolver.EVERYONE_ADMIN,
            AccessController.ALLOW_ALL);

    @BeforeAll
    static void writeChain() {
        chain = shared.resolve("chain");
        receipts = DataDirectories.writeChain(chain, ORDERER);
    }

    private Path copy() throws IOException {
        return DataDirectories.copy(chain, dir.resolve("data"));
    }

    private Verification verify(Path data) {
        return verifier.verify(new DataDirectory(data));
    }

    private static long lastBlock() {
        return receipts.get(receipts.size() - 1).block();
    }

    @Test
    void aChainWrittenByANodeHolds() {
        Verification verification = verify(chain);

        assertThat(verification.problem()).isNull();
        assertThat(verification.holds()).isTrue();
        assertThat(verification.blocks()).isEqualTo(lastBlock() + 1);
        assertThat(receipts.get(5).outcome()).isEqualTo(Outcome.refused("Account B1 holds 50, less than 1000"));
    }

    @Test
    void aResubmittedTransactionIdIsRefusedAndTheChainStillHolds() throws IOException {
        Path data = copy();
        Receipt duplicate;
        try (var node = DataDirectories.start(data, ORDERER)) {
            duplicate = node.submit(new AccountsNetwork("tx-").addHolder("mallory")).join();
        }

        assertThat(duplicate.outcome()).isEqualTo(Outcome.refused("Transaction tx-1 has already been executed"));
        assertThat(verify(data).problem()).isNull();
    }

    @Test
    void flippingAnyBitOfTheBlockFileFailsAndNamesItsBlock() throws IOException {
        List<Long> frames = DataDirectories.frameOffsets(chain.resolve("blocks").resolve(BlockStore.FILE_NAME));
        SplittableRandom random = new SplittableRandom(5);
        for (int block = 0; block < frames.size() - 1; block++) {
            long start = frames.get(block);
            long end = frames.get(block + 1);
            // The frame header, the block's header and signature, and random bytes of its body.
            List<Long> offsets = new ArrayList<>(List.of(start, start + 3, start + 5, start + 9, start + 20, start + 60,
                    start + 120, end - 1));
            for (int i = 0; i < 3; i++) {
                offsets.add(start + random.nextLong(end - start));
            }
            for (long offset : offsets) {
                Path data = copy();
                DataDirectories.flipBit(data.resolve("blocks").resolve(BlockStore.FILE_NAME), offset, random.nextInt(8));

                Verification verification = verify(data);

                assertThat(verification.failedBlock()).as("flip at byte %d of block %d", offset, block).hasValue(block);
                DataDirectories.delete(data);
            }
        }
    }

    @Test
    void aBlockRewrittenWithValidChecksumsFailsOnItsSignature() throws IOException {
        Path data = rewrite(2, block -> {
            List<SignedTransaction> transactions = new ArrayList<>(block.transactions());
            SignedTransaction tx = transactions.get(0);
            transactions.set(0, new SignedTransaction(tx.transactionId(), tx.identityId(), tx.timestamp().plusSeconds(1),
                    tx.payload(), tx.signature()));
            BlockHeader h = block.header();
            BlockHeader header = new BlockHeader(h.number(), h.previousHash(), Block.transactionsRoot(transactions),
                    h.previousResultsHash(), h.timestamp(), h.signature());
            return new Block(header, transactions, block.outcomes(), block.resultsHash());
        });

        Verification verification = verify(data);

        assertThat(verification.failedBlock()).hasValue(2);
        assertThat(verification.problem()).isEqualTo("its header's signature is not the orderer's (the key the genesis block names)");
    }

    @Test
    void aRecordedOutcomeThatReExecutionContradictsFailsNamingTheTransaction() throws IOException {
        long refusedBlock = receipts.get(5).block();
        Path data = rewrite(refusedBlock, block -> new Block(block.header(), block.transactions(), List.of(Outcome.ok()),
                block.resultsHash()));

        Verification verification = verify(data);

        assertThat(verification.failedBlock()).hasValue(refusedBlock);
        assertThat(verification.problem()).isEqualTo("transaction " + receipts.get(5).transactionId()
                + " re-executes to 'refused: Account B1 holds 50, less than 1000', but the block records 'committed'");
    }

    @Test
    void aChainReSignedByAnotherOrdererFailsAtTheFirstBlockAfterGenesis() throws IOException {
        BlockSigner intruder = TestKeys.orderer();
        Path data = rewrite(1, block -> new Block(block.header().signedBy(intruder), block.transactions(),
                block.outcomes(), block.resultsHash()));

        assertThat(verify(data).failedBlock()).hasValue(1);
    }

    @Test
    void aStateThatLagsBehindTheChainNamesTheFirstBlockItLacks() throws IOException {
        Path data = dir.resolve("lagging");
        Path early = dir.resolve("early");
        List<Receipt> written = DataDirectories.writeChain(data, ORDERER);
        DataDirectories.copy(data.resolve("state"), early);
        try (var node = DataDirectories.start(data, ORDERER)) {
            node.submit(new AccountsNetwork("late-").addHolder("carol")).join();
        }
        DataDirectories.delete(data.resolve("state"));
        DataDirectories.copy(early, data.resolve("state"));

        Verification verification = verify(data);

        assertThat(verification.failedBlock()).hasValue(written.get(written.size() - 1).block() + 1);
        assertThat(verification.problem()).startsWith("the state has not applied it");
    }

    @Test
    void flippingABitOfAnyStateFileRocksDbReadsFailsAndNamesABlock() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(chain.resolve("state"))) {
            files = list.filter(f -> {
                String name = f.getFileName().toString();
                return name.endsWith(".sst") || name.startsWith("MANIFEST-") || name.equals("CURRENT");
            }).sorted().toList();
        }
        assertThat(files).anyMatch(f -> f.toString().endsWith(".sst"));
        SplittableRandom random = new SplittableRandom(11);
        for (Path file : files) {
            long size = Files.size(file);
            for (int i = 0; i < 5; i++) {
                long offset = random.nextLong(size);
                Path data = copy();
                DataDirectories.flipBit(data.resolve("state").resolve(file.getFileName()), offset, random.nextInt(8));

                Verification verification = verify(data);

                assertThat(verification.failedBlock()).as("flip at byte %d of %s", offset, file.getFileName()).isPresent();
                DataDirectories.delete(data);
            }
        }
    }

    /** A copy of the chain with block {@code number} replaced, framed with a valid checksum. */
    private Path rewrite(long number, UnaryOperator<Block> change) throws IOException {
        Path data = copy();
        Path blocks = data.resolve("blocks");
        List<Block> all = new ArrayList<>();
        try (BlockStore store = BlockStore.openReadOnly(blocks)) {
            for (long n = 0; n < store.size(); n++) {
                all.add(n == number ? change.apply(store.read(n)) : store.read(n));
            }
        }
        Files.delete(blocks.resolve(BlockStore.FILE_NAME));
        try (BlockStore store = BlockStore.open(blocks)) {
            all.forEach(store::append);
            store.sync();
        }
        return data;
    }
}
