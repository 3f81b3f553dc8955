package dev.charter.ledger.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.ledger.block.BlockSigner;
import dev.charter.ledger.block.Genesis;
import dev.charter.ledger.block.Outcome;
import dev.charter.ledger.block.TestKeys;
import dev.charter.ledger.consensus.SoloOrderer;
import dev.charter.ledger.store.BlockStore;
import dev.charter.ledger.testing.AccountsNetwork;
import dev.charter.ledger.testing.DataDirectories;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.runtime.access.AccessController;
import dev.charter.runtime.context.Submitter;
import dev.charter.runtime.state.StateKeys;
import dev.charter.runtime.state.StateVersion;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerNodeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final BlockSigner orderer = TestKeys.orderer();
    private final AccountsNetwork network = new AccountsNetwork("tx-");

    private LedgerNode start() {
        return DataDirectories.start(dir, orderer);
    }

    private LedgerNode initialiseAndStart() {
        LedgerNode.initialise(dir, AccountsNetwork.archive(), orderer, Instant.parse("2026-11-29T11:00:00Z"));
        return start();
    }

    private static Receipt commit(LedgerNode node, SignedTransaction tx) {
        return node.submit(tx).join();
    }

    private static long balance(LedgerNode node, String account) throws IOException {
        byte[] json = node.state().get(StateKeys.resource(AccountsNetwork.ACCOUNT, account)).orElseThrow();
        return JSON.readTree(json).get("balance").asLong();
    }

    private void openTwoAccounts(LedgerNode node) {
        commit(node, network.addHolder("alice"));
        commit(node, network.openAccount("A1", "alice", 100));
        commit(node, network.openAccount("A2", "alice", 5));
    }

    @Test
    void commitsTransactionsAndRecordsRefusalsWithTheirReason() throws IOException {
        try (LedgerNode node = initialiseAndStart()) {
            openTwoAccounts(node);
            Receipt moved = commit(node, network.transfer("A1", "A2", 30));
            Receipt refused = commit(node, network.transfer("A2", "A1", 500));

            assertThat(moved.outcome()).isEqualTo(Outcome.ok());
            assertThat(moved.events()).singleElement().satisfies(e -> assertThat(e.$class()).isEqualTo(AccountsNetwork.NS
                    + ".Transferred"));
            assertThat(refused.events()).isEmpty();
            assertThat(refused.outcome()).isEqualTo(Outcome.refused("Account A2 holds 35, less than 500"));
            assertThat(balance(node, "A1")).isEqualTo(70);
            assertThat(balance(node, "A2")).isEqualTo(35);
            assertThat(node.blocks().read(refused.block()).outcomes().get(refused.index())).isEqualTo(refused.outcome());
            assertThat(node.state().locate(refused.transactionId()))
                    .hasValue(new dev.charter.ledger.store.RocksStateStore.Location(refused.block(), refused.index()));
        }
    }

    @Test
    void refusesWhatTheSubmitterResolverRefusesSeeingTheBlocksEarlierWrites() {
        LedgerNode.initialise(dir, AccountsNetwork.archive(), orderer, Instant.parse("2026-11-29T11:00:00Z"));
        // Only identities whose holder exists may submit, except the one that adds holders.
        SubmitterResolver resolver = (identity, state) -> identity.equals("client")
                || state.get(StateKeys.resource(AccountsNetwork.HOLDER, identity)).isPresent()
                ? SubmitterResolver.Resolution.of(Submitter.admin(identity))
                : SubmitterResolver.Resolution.refused("Identity " + identity + " is not bound to a holder");
        // One block holds all three: the orderer waits half a second for more after the first.
        try (LedgerNode node = LedgerNode.open(dir, new SoloOrderer(orderer, 100, Duration.ofMillis(500),
                Clock.systemUTC()), resolver, AccessController.ALLOW_ALL)) {
            SignedTransaction add = network.addHolder("bob");
            SignedTransaction byBob = asIdentity(network.openAccount("B1", "bob", 1), "bob");
            SignedTransaction byEve = asIdentity(network.openAccount("E1", "bob", 1), "eve");
            CompletableFuture<Receipt> added = node.submit(add);
            CompletableFuture<Receipt> bob = node.submit(byBob);
            CompletableFuture<Receipt> eve = node.submit(byEve);

            assertThat(added.join().outcome().committed()).isTrue();
            assertThat(bob.join().outcome().committed()).isTrue();
            assertThat(bob.join().block()).isEqualTo(added.join().block());
            assertThat(eve.join().outcome()).isEqualTo(Outcome.refused("Identity eve is not bound to a holder"));
        }
    }

    private static SignedTransaction asIdentity(SignedTransaction tx, String identity) {
        return new SignedTransaction(tx.transactionId(), identity, tx.timestamp(), tx.payload(), tx.signature());
    }

    @Test
    void keepsEveryVersionOfAnAssetWithItsTransactionAndTheHistorian() throws IOException {
        try (LedgerNode node = initialiseAndStart()) {
            openTwoAccounts(node);
            Receipt transfer = commit(node, network.transfer("A1", "A2", 30));
            Receipt close = commit(node, network.closeAccount("A1"));

            List<StateVersion> history = node.state().history(StateKeys.resource(AccountsNetwork.ACCOUNT, "A1"));
            assertThat(history).extracting(StateVersion::transactionId)
                    .containsExactly("tx-2", transfer.transactionId(), close.transactionId());
            assertThat(history.get(2).isDeletion()).isTrue();
            JsonNode record = JSON.readTree(node.state().get(StateKeys.historian(transfer.transactionId())).orElseThrow());
            assertThat(record.get("transactionType").asText()).isEqualTo(AccountsNetwork.NS + ".Transfer");
            assertThat(record.get("eventsEmitted").get(0).get("amount").asLong()).isEqualTo(30);
            assertThat(node.state().scan("historian/")).hasSize(5);
        }
    }

    @Test
    void carriesOnTheChainAfterARestart() throws IOException {
        try (LedgerNode node = initialiseAndStart()) {
            openTwoAccounts(node);
        }
        try (LedgerNode node = start()) {
            long height = node.height();
            Receipt receipt = commit(node, network.transfer("A1", "A2", 1));

            assertThat(receipt.block()).isEqualTo(height + 1);
            assertThat(balance(node, "A2")).isEqualTo(6);
        }
    }

    @Test
    void groupsConcurrentTransactionsIntoFewBlocks() {
        try (LedgerNode node = initialiseAndStart()) {
            commit(node, network.addHolder("alice"));
            List<CompletableFuture<Receipt>> receipts = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                receipts.add(node.submit(network.openAccount("G" + i, "alice", i)));
            }
            List<Receipt> done = receipts.stream().map(CompletableFuture::join).toList();

            assertThat(done).allSatisfy(r -> assertThat(r.outcome().committed()).isTrue());
            assertThat(done.stream().map(Receipt::block).distinct().count()).isLessThan(100);
        }
    }

    @Test
    void replaysTheBlocksTheStateHasNotApplied() throws IOException {
        try (LedgerNode node = initialiseAndStart()) {
            openTwoAccounts(node);
        }
        Path early = DataDirectories.copy(dir.resolve("state"), dir.resolveSibling(dir.getFileName() + "-early-state"));
        try (LedgerNode node = start()) {
            commit(node, network.transfer("A1", "A2", 10));
            commit(node, network.transfer("A1", "A2", 20));
        }
        // As if the node had died after forcing the last blocks but before applying them.
        DataDirectories.delete(dir.resolve("state"));
        DataDirectories.copy(early, dir.resolve("state"));

        try (LedgerNode node = start()) {
            assertThat(node.state().height()).hasValue(node.height());
            assertThat(balance(node, "A1")).isEqualTo(70);
            assertThat(balance(node, "A2")).isEqualTo(35);
        }
    }

    @Test
    void cutsOffATornBlockAndCarriesOn() throws IOException {
        long height;
        try (LedgerNode node = initialiseAndStart()) {
            openTwoAccounts(node);
            height = node.height();
        }
        Path file = dir.resolve("blocks").resolve(BlockStore.FILE_NAME);
        try (RandomAccessFile blocks = new RandomAccessFile(file.toFile(), "rw")) {
            blocks.seek(blocks.length());
            blocks.write(new byte[] {0, 0, 1, 0, 7, 7, 7}); // a frame announcing 256 bytes, cut short
        }

        try (LedgerNode node = start()) {
            assertThat(node.height()).isEqualTo(height);
            assertThat(commit(node, network.transfer("A1", "A2", 1)).block()).isEqualTo(height + 1);
        }
    }

    @Test
    void initialisesOnlyANewOrEmptyDirectoryAndReplacesWhatAnInterruptedAttemptLeft() throws IOException {
        Path leftover = Files.createDirectories(dir.resolveSibling(dir.getFileName() + ".initialising").resolve("blocks"));
        Files.write(leftover.resolve(BlockStore.FILE_NAME), new byte[] {1, 2, 3});

        initialiseAndStart().close();

        assertThat(leftover.getParent()).doesNotExist();
        try (LedgerNode node = start()) {
            assertThat(node.height()).isZero();
        }
        assertThatThrownBy(() -> LedgerNode.initialise(dir, AccountsNetwork.archive(), orderer, Instant.now()))
                .isInstanceOf(LedgerException.class).hasMessage(dir + " is not empty: a node is initialised in a new or"
                        + " empty directory");
    }

    @Test
    void refusesAnArchiveOtherThanTheOneTheGenesisBlockNames() throws IOException {
        Files.copy(AccountsNetwork.archive(), dir.resolve("network.cna"));
        try (BlockStore blocks = BlockStore.open(dir.resolve("blocks"))) {
            blocks.append(Genesis.create("ledger-accounts", "0.9.0", "sha256:1234", orderer, Instant.now()));
            blocks.sync();
        }

        assertThatThrownBy(this::start).isInstanceOf(LedgerException.class)
                .hasMessageContaining("but the genesis block names ledger-accounts 0.9.0 (sha256:1234)");
    }

    @Test
    void refusesADamagedNetworkArchiveNamingIt() throws IOException {
        initialiseAndStart().close();
        byte[] archive = Files.readAllBytes(dir.resolve("network.cna"));
        archive[archive.length / 2] ^= 1;
        Files.write(dir.resolve("network.cna"), archive);

        assertThatThrownBy(this::start).isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("Cannot open the network archive " + dir.resolve("network.cna"));
    }

}
