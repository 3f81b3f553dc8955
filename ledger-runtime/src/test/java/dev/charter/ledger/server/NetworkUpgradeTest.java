package dev.charter.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.ledger.card.Card;
import dev.charter.ledger.client.LedgerClient;
import dev.charter.ledger.client.LedgerClientException;
import dev.charter.ledger.client.NetworkIdentities;
import dev.charter.ledger.client.NetworkReader;
import dev.charter.ledger.client.SubmitResult;
import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.crypto.SigningKey;
import dev.charter.ledger.node.ChainArchives;
import dev.charter.ledger.node.NetworkUpgrade;
import dev.charter.ledger.store.RocksStateStore;
import dev.charter.ledger.testing.AccountsNetwork;
import dev.charter.ledger.testing.DataDirectories;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.ledger.tx.TransactionSigner;
import dev.charter.ledger.verify.Verification;
import dev.charter.runtime.archive.NetworkArchive;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.state.StateEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrading a hosted network through the protocol: version 1.1.0 of the accounts network adds an optional
 * field and a transaction that sets it, words a refusal differently and defines a query (so an index); an
 * incompatible version is refused with every reason; the chain switches archive exactly after the upgrade's
 * block, on the running node, on a node that replays the whole chain, and in verification.
 */
class NetworkUpgradeTest {

    private static final String NETWORK = "ledger-accounts";
    private static final String NS = AccountsNetwork.NS + ".";
    private static final String INDEX = "index/" + AccountsNetwork.ACCOUNT + "/owner/";

    private static Path v2;
    private static Path v3;
    /** 1.1.0's files, as version 1.0.1: compatible, but older than 1.1.0. */
    private static Path older;

    @TempDir
    Path data;

    private final SigningKey adminKey = SigningKey.generate(KeyAlgorithm.ECDSA_P256);
    private final TransactionSigner admin = new TransactionSigner(adminKey, adminKey.publicKey().identityId().hex());
    private ServedNode node;
    private LedgerClient client;
    private Card adminCard;

    @BeforeAll
    static void compileVersions() {
        String model = AccountsNetwork.file("models/accounts.cto");
        String logic = AccountsNetwork.file("logic/accounts.logic");
        Map<String, String> v2Files = Map.of(
                "charter.json", AccountsNetwork.file("charter.json").replace("1.0.0", "1.1.0"),
                "models/accounts.cto", model.replace("  o Long balance range=[0,]\n",
                        "  o Long balance range=[0,]\n  o String label optional\n")
                        + "\ntransaction LabelAccount {\n  --> Account account\n  o String label\n}\n",
                "logic/accounts.logic", logic.replace("\"Account \" + source.accountId + \" holds \" + source.balance"
                        + " + \", less than \" + tx.amount", "source.accountId + \" has only \" + source.balance + \", not \""
                        + " + tx.amount")
                        + "\non LabelAccount(tx) {\n    let account = tx.account\n    account.label = tx.label\n"
                        + "    update account\n}\n",
                "queries.qry", "query accountsOf {\n  description: \"The accounts of a holder\"\n"
                        + "  statement: SELECT org.example.accounts.Account WHERE (owner == _$owner)\n}\n");
        v2 = AccountsNetwork.version(v2Files);
        Map<String, String> olderFiles = new HashMap<>(v2Files);
        olderFiles.put("charter.json", AccountsNetwork.file("charter.json").replace("1.0.0", "1.0.1"));
        older = AccountsNetwork.version(olderFiles);
        // 1.0.0 without CloseAccount: 1.1.0's label and LabelAccount are gone too
        v3 = AccountsNetwork.version(Map.of(
                "charter.json", AccountsNetwork.file("charter.json").replace("1.0.0", "2.0.0"),
                "models/accounts.cto", model.replace("/** Closes an account, whatever its balance. */\n"
                        + "transaction CloseAccount {\n  --> Account account\n}\n", ""),
                "logic/accounts.logic", logic.replace("on CloseAccount(tx) {\n    remove tx.account\n}\n", "")));
    }

    private void start() throws Exception {
        node = ServedNode.start(data);
        client = node.client();
    }

    @AfterEach
    void stop() {
        if (node != null) {
            node.close();
        }
    }

    private SignedTransaction signed(String json) {
        return admin.sign(json.getBytes(StandardCharsets.UTF_8), Instant.now());
    }

    private SubmitResult submit(String json) {
        return client.submit(NETWORK, signed(json), true);
    }

    private SubmitResult upgrade(Path archive) throws Exception {
        try (NetworkArchive opened = NetworkArchive.open(archive)) {
            return client.upgrade(NETWORK, Files.readAllBytes(archive),
                    admin.sign(NetworkUpgrade.payload(opened), Instant.now()), true);
        }
    }

    private static String open(String account, long balance) {
        return "{\"$class\": \"" + NS + "OpenAccount\", \"accountId\": \"" + account + "\", \"owner\": \"resource:" + NS
                + "Holder#alice\", \"balance\": " + balance + "}";
    }

    private static String transfer(String from, String to, long amount) {
        return "{\"$class\": \"" + NS + "Transfer\", \"source\": \"resource:" + NS + "Account#" + from
                + "\", \"target\": \"resource:" + NS + "Account#" + to + "\", \"amount\": " + amount + "}";
    }

    private static final String LABEL = "{\"$class\": \"" + NS + "LabelAccount\", \"account\": \"resource:" + NS
            + "Account#A1\", \"label\": \"savings\"}";

    private Path chain() {
        return data.resolve("networks").resolve(NETWORK).resolve("chain");
    }

    /** An account as the administrator reads it from the running node. */
    private JsonNode account(String id) {
        return new NetworkReader(client, adminCard).resource(NS + "Account", id).orElseThrow();
    }

    private long deployAndUpgrade() throws Exception {
        start();
        adminCard = node.deploy(AccountsNetwork.archive(), adminKey);
        assertThat(submit("{\"$class\": \"" + NS + "AddHolder\", \"holderId\": \"alice\", \"name\": \"Alice\"}")
                .committed()).isTrue();
        assertThat(submit(open("A1", 100)).committed()).isTrue();
        assertThat(submit(open("A2", 5)).committed()).isTrue();
        assertThat(submit(transfer("A2", "A1", 1_000)).reason()).isEqualTo("Account A2 holds 5, less than 1000");
        assertThat(submit(LABEL).reason()).contains("LabelAccount");

        SubmitResult upgraded = upgrade(v2);

        assertThat(upgraded.committed()).as(upgraded.toString()).isTrue();
        assertThat(client.network(NETWORK).get("version").asText()).isEqualTo("1.1.0");
        return upgraded.block();
    }

    @Test
    void aCompatibleVersionRunsFromTheBlockAfterItsUpgradeWithItsNewFieldTransactionAndLogic() throws Exception {
        long upgrade = deployAndUpgrade();

        SubmitResult refused = submit(transfer("A2", "A1", 1_000));
        assertThat(refused.block()).isGreaterThan(upgrade);
        assertThat(refused.reason()).isEqualTo("A2 has only 5, not 1000");
        assertThat(submit(LABEL).committed()).isTrue();
        assertThat(account("A1").get("label").asText()).isEqualTo("savings");
        assertThat(account("A2").has("label")).isFalse();
        assertThat(submit(open("A3", 7)).committed()).isTrue();

        node.close();
        node = null;
        try (Stream<Path> kept = Files.list(chain().resolve("archives"))) {
            assertThat(kept).hasSize(1);
        }
        try (RocksStateStore state = RocksStateStore.openReadOnly(chain().resolve("state"))) {
            // built for A1 and A2 by the upgrade, kept up to date for A3 by the new archive's registry
            assertThat(state.scan(INDEX).stream().map(StateEntry::key).map(k -> k.substring(k.length() - 2)))
                    .containsExactly("A1", "A2", "A3");
            assertThat(state.history(ChainArchives.STATE_KEY)).hasSize(1);
        }
        Map<String, Verification> verified = NodeHost.verify(data);
        assertThat(verified.get(NETWORK).problem()).isNull();
    }

    @Test
    void aNodeThatLostItsStateReplaysEachBlockWithTheArchiveInForceThen() throws Exception {
        deployAndUpgrade();
        assertThat(submit(LABEL).committed()).isTrue();
        assertThat(submit(transfer("A2", "A1", 1_000)).reason()).isEqualTo("A2 has only 5, not 1000");
        node.close();
        DataDirectories.delete(chain().resolve("state"));

        start();

        assertThat(client.network(NETWORK).get("version").asText()).isEqualTo("1.1.0");
        assertThat(account("A1").get("label").asText()).isEqualTo("savings");
        assertThat(submit(transfer("A2", "A1", 1_000)).reason()).isEqualTo("A2 has only 5, not 1000");
    }

    @Test
    void aRemovedArchiveVersionIsNamedByVerificationAtItsUpgradeAndKeepsTheNodeFromStarting() throws Exception {
        long upgrade = deployAndUpgrade();
        node.close();
        node = null;
        try (Stream<Path> kept = Files.list(chain().resolve("archives"))) {
            for (Path file : kept.toList()) {
                Files.delete(file);
            }
        }

        Verification verification = NodeHost.verify(data).get(NETWORK);

        assertThat(verification.failedBlock()).hasValue(upgrade);
        assertThat(verification.problem()).startsWith("it cannot be re-executed: The upgrade ")
                .endsWith("which this chain's directory does not hold");
        assertThatThrownBy(this::start).hasMessageStartingWith("Cannot open network " + NETWORK + ": The network archive ")
                .hasMessageContaining("is not in " + chain().resolve("archives"));
    }

    @Test
    void anArchiveStoredByAnUpgradeThatACrashStoppedBeforeItsTransactionChangesNothingUntilTheUpgrade()
            throws Exception {
        start();
        adminCard = node.deploy(AccountsNetwork.archive(), adminKey);
        node.close();
        String hash;
        try (NetworkArchive opened = NetworkArchive.open(v2)) {
            hash = opened.contentHash();
        }
        Files.createDirectories(chain().resolve("archives"));
        Files.copy(v2, chain().resolve("archives").resolve(hash.substring("sha256:".length()) + ".cna"));

        start();
        assertThat(client.network(NETWORK).get("version").asText()).isEqualTo("1.0.0");
        assertThat(submit("{\"$class\": \"" + NS + "AddHolder\", \"holderId\": \"alice\", \"name\": \"Alice\"}")
                .committed()).isTrue();
        assertThat(upgrade(v2).committed()).isTrue();
        assertThat(client.network(NETWORK).get("contentHash").asText()).isEqualTo(hash);
    }

    @Test
    void anIncompatibleVersionIsRefusedWithEveryReasonAndNothingChanges() throws Exception {
        long upgrade = deployAndUpgrade();
        long height = client.network(NETWORK).get("height").asLong();

        assertThatThrownBy(() -> upgrade(v3))
                .isInstanceOfSatisfying(LedgerClientException.class, e -> assertThat(e.status()).isEqualTo(409))
                .hasMessageStartingWith("Network ledger-accounts cannot be upgraded from 1.1.0 to 2.0.0: its model changes"
                        + " incompatibly (3):\n"
                        + "  org.example.accounts.Account.label: the field was removed\n"
                        + "  org.example.accounts.CloseAccount: the type was removed\n"
                        + "  org.example.accounts.LabelAccount: the type was removed");

        assertThat(client.network(NETWORK).get("version").asText()).isEqualTo("1.1.0");
        assertThat(client.network(NETWORK).get("height").asLong()).isEqualTo(height);
        try (Stream<Path> kept = Files.list(chain().resolve("archives"))) {
            assertThat(kept).hasSize(1);
        }
        assertThat(upgrade).isPositive();
    }

    @Test
    void anOlderVersionIsRefusedEvenWhenItsModelIsCompatible() throws Exception {
        deployAndUpgrade();
        long height = client.network(NETWORK).get("height").asLong();

        assertThatThrownBy(() -> upgrade(older))
                .isInstanceOfSatisfying(LedgerClientException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("Network ledger-accounts cannot be upgraded from 1.1.0 to 1.0.1: that is an older version");
        assertThat(client.network(NETWORK).get("version").asText()).isEqualTo("1.1.0");
        assertThat(client.network(NETWORK).get("height").asLong()).isEqualTo(height);
    }

    @Test
    void anUpgradeNamingAnArchiveTheNodeDoesNotHoldIsRefusedBeforeOrdering() throws Exception {
        start();
        adminCard = node.deploy(AccountsNetwork.archive(), adminKey);
        SignedTransaction upgrade;
        try (NetworkArchive opened = NetworkArchive.open(v2)) {
            upgrade = admin.sign(NetworkUpgrade.payload(opened), Instant.now());
        }

        SubmitResult result = client.submit(NETWORK, upgrade, true);

        assertThat(result.refused()).isTrue();
        assertThat(result.block()).isEqualTo(-1);
        assertThat(result.reason()).contains("which this node does not hold");
        assertThat(client.network(NETWORK).get("version").asText()).isEqualTo("1.0.0");
    }

    @Test
    void onlyTheNetworkAdministratorMayUpgrade() throws Exception {
        start();
        adminCard = node.deploy(AccountsNetwork.archive(), adminKey);
        assertThat(submit("{\"$class\": \"" + NS + "AddHolder\", \"holderId\": \"alice\", \"name\": \"Alice\"}")
                .committed()).isTrue();
        TransactionSigner alice = TransactionSigner.of(new NetworkIdentities(client, adminCard, Clock.systemUTC())
                .issue(Relationship.parse("resource:" + NS + "Holder#alice"), "alice", KeyAlgorithm.ECDSA_P256).card());

        SubmitResult result;
        try (NetworkArchive opened = NetworkArchive.open(v2)) {
            result = client.upgrade(NETWORK, Files.readAllBytes(v2), alice.sign(NetworkUpgrade.payload(opened),
                    Instant.now()), true);
        }

        assertThat(result.reason()).isEqualTo("Only the network administrator may upgrade network " + NETWORK);
        assertThat(result.block()).isPositive();
        assertThat(client.network(NETWORK).get("version").asText()).isEqualTo("1.0.0");
    }
}
