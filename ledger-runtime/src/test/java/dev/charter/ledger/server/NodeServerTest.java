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
import dev.charter.ledger.identity.IdentityException;
import dev.charter.ledger.testing.AccountsNetwork;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.ledger.tx.TransactionSigner;
import dev.charter.runtime.resource.Relationship;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node host served over HTTP in this JVM, spoken to through {@link LedgerClient}. */
class NodeServerTest {

    private static final String NETWORK = "ledger-accounts";
    private static final String NS = AccountsNetwork.NS + ".";

    @TempDir
    Path data;

    private final SigningKey adminKey = SigningKey.generate(KeyAlgorithm.ECDSA_P256);
    private ServedNode node;
    private LedgerClient client;
    private Card adminCard;
    private NetworkReader adminReader;

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
        return ServedNode.signed(adminCard, json);
    }

    private void deployWithTwoAccounts() throws Exception {
        start();
        adminCard = node.deploy(AccountsNetwork.archive(), adminKey);
        assertThat(adminCard.connection().network()).isEqualTo(NETWORK);
        adminReader = new NetworkReader(client, adminCard);
        List<SubmitResult> setup = client.submitBatch(NETWORK, List.of(
                signed("{\"$class\": \"" + NS + "AddHolder\", \"holderId\": \"alice\", \"name\": \"Alice\"}"),
                signed(open("A1", 100)), signed(open("A2", 5))), true);
        assertThat(setup).allMatch(SubmitResult::committed);
    }

    private static String open(String account, long balance) {
        return "{\"$class\": \"" + NS + "OpenAccount\", \"accountId\": \"" + account + "\", \"owner\": \"resource:" + NS
                + "Holder#alice\", \"balance\": " + balance + "}";
    }

    private static String transfer(String from, String to, long amount) {
        return "{\"$class\": \"" + NS + "Transfer\", \"source\": \"resource:" + NS + "Account#" + from
                + "\", \"target\": \"resource:" + NS + "Account#" + to + "\", \"amount\": " + amount + "}";
    }

    @Test
    void aBatchCommitsInOrderAndEachTransactionCanBeReadBackWithItsOutcome() throws Exception {
        deployWithTwoAccounts();
        List<SignedTransaction> batch = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            batch.add(signed(transfer("A1", "A2", 2)));
        }
        batch.add(signed(transfer("A2", "A1", 1_000)));
        List<SubmitResult> results = client.submitBatch(NETWORK, batch, true);

        assertThat(results.subList(0, 50)).allMatch(SubmitResult::committed);
        assertThat(results.get(50).refused()).isTrue();
        assertThat(results.get(50).reason()).isEqualTo("Account A2 holds 105, less than 1000");
        assertThat(adminReader.resource(NS + "Account", "A1").orElseThrow().get("balance").asLong()).isZero();
        assertThat(adminReader.history(NS + "Account", "A2")).hasSize(51);

        JsonNode refused = adminReader.status(results.get(50).transactionId()).orElseThrow();
        assertThat(refused.get("status").asText()).isEqualTo("refused");
        assertThat(refused.get("payload").get("amount").asLong()).isEqualTo(1_000);
        JsonNode block = adminReader.block(results.get(50).block());
        assertThat(block.get("transactions").get(results.get(50).index()).get("reason").asText())
                .isEqualTo("Account A2 holds 105, less than 1000");

        List<JsonNode> events = new ArrayList<>();
        adminReader.events(0, event -> events.add(event) && events.size() < 50);
        assertThat(events).hasSize(50).allMatch(e -> e.get("event").get("$class").asText().equals(NS + "Transferred"));
        assertThat(events.get(0).get("transactionId").asText()).isEqualTo(results.get(0).transactionId());
    }

    @Test
    void aTransactionFromAnIdentityTheNetworkDoesNotKnowIsRefusedBeforeOrderingAndRemembered() throws Exception {
        deployWithTwoAccounts();
        SigningKey stranger = SigningKey.generate(KeyAlgorithm.ECDSA_P256);
        SignedTransaction transaction = new TransactionSigner(stranger, stranger.publicKey().identityId().hex())
                .sign(transfer("A1", "A2", 1).getBytes(StandardCharsets.UTF_8), Instant.now());
        SubmitResult result = client.submit(NETWORK, transaction, true);
        assertThat(result.refused()).isTrue();
        assertThat(result.block()).isEqualTo(-1);
        assertThat(result.reason()).contains("is not known to network " + NETWORK);

        node.close();
        start();
        assertThat(new NetworkReader(client, adminCard).status(transaction.transactionId()).orElseThrow()
                .get("reason").asText()).isEqualTo(result.reason());
    }

    @Test
    void networksSurviveARestartOfTheNode() throws Exception {
        deployWithTwoAccounts();
        long height = client.network(NETWORK).get("height").asLong();
        node.close();
        start();
        assertThat(client.networks()).hasSize(1);
        assertThat(client.network(NETWORK).get("height").asLong()).isEqualTo(height);
        assertThat(client.submit(NETWORK, signed(transfer("A1", "A2", 10)), true).committed()).isTrue();
    }

    @Test
    void badRequestsAreAnsweredWithWhatIsWrong() throws Exception {
        deployWithTwoAccounts();
        assertThatThrownBy(() -> client.deploy(Files.readAllBytes(AccountsNetwork.archive()),
                adminKey.publicKey().subjectPublicKeyInfo()))
                .isInstanceOf(LedgerClientException.class).hasMessage("This node already hosts network " + NETWORK);
        assertThatThrownBy(() -> client.network("nowhere")).hasMessage("This node hosts no network named nowhere");
        assertThatThrownBy(() -> adminReader.block(99)).hasMessageStartingWith("Network " + NETWORK + " has blocks 0 to ");

        HttpResponse<String> truncated = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                client.node().resolve("v1/networks/" + NETWORK + "/transactions"))
                .header("Content-Type", "application/vnd.charter.transactions")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {0, 0, 1})).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(truncated.statusCode()).isEqualTo(400);
        assertThat(truncated.body()).isEqualTo("{\"error\":\"Transaction 0 of the batch is truncated\"}");
    }

    @Test
    void registrySystemTransactionsAddUpdateAndRemoveResourcesInBlocks() throws Exception {
        deployWithTwoAccounts();
        String registry = "\"targetRegistry\": \"resource:org.hyperledger.composer.system.AssetRegistry#" + NS + "Account\"";
        String account = "{\"$class\": \"" + NS + "Account\", \"accountId\": \"A3\", \"owner\": \"resource:" + NS
                + "Holder#alice\", \"balance\": %d}";
        SubmitResult added = client.submit(NETWORK, signed("{\"$class\": \"org.hyperledger.composer.system.AddAsset\", "
                + registry + ", \"resources\": [" + account.formatted(7) + "]}"), true);
        SubmitResult updated = client.submit(NETWORK, signed("{\"$class\": \"org.hyperledger.composer.system.UpdateAsset\", "
                + registry + ", \"resources\": [" + account.formatted(8) + "]}"), true);
        SubmitResult removed = client.submit(NETWORK, signed("{\"$class\": \"org.hyperledger.composer.system.RemoveAsset\", "
                + registry + ", \"resources\": [], \"resourceIds\": [\"A3\"]}"), true);
        assertThat(List.of(added, updated, removed)).allMatch(SubmitResult::committed);

        List<JsonNode> history = adminReader.history(NS + "Account", "A3");
        assertThat(history).extracting(v -> v.get("transactionId").asText())
                .containsExactly(added.transactionId(), updated.transactionId(), removed.transactionId());
        assertThat(history.get(1).get("value").get("balance").asLong()).isEqualTo(8);
        assertThat(history.get(2).get("value").isNull()).isTrue();

        SubmitResult again = client.submit(NETWORK, signed("{\"$class\": \"org.hyperledger.composer.system.UpdateAsset\", "
                + registry + ", \"resources\": [" + account.formatted(9) + "]}"), true);
        assertThat(again.refused()).isTrue();
        assertThat(again.reason()).isEqualTo("Object with ID 'A3' in collection with ID 'Asset:" + NS
                + "Account' does not exist");
    }

    @Test
    void aCommittedTransactionsResultCarriesTheEventsItEmitted() throws Exception {
        deployWithTwoAccounts();
        SubmitResult result = client.submit(NETWORK, signed(transfer("A1", "A2", 3)), true);
        assertThat(result.committed()).isTrue();
        assertThat(result.events()).singleElement().satisfies(event -> {
            assertThat(event.get("$class").asText()).isEqualTo(NS + "Transferred");
            assertThat(event.get("amount").asLong()).isEqualTo(3);
        });
    }

    @Test
    void anIdentityIssuedByTheAdministratorSignsUntilItIsRevoked() throws Exception {
        deployWithTwoAccounts();
        NetworkIdentities identities = new NetworkIdentities(client, adminCard, Clock.systemUTC());
        NetworkIdentities.Issued alice = identities.issue(Relationship.parse("resource:" + NS + "Holder#alice"), "alice",
                KeyAlgorithm.ED25519);
        assertThat(alice.card().user()).isEqualTo("alice");
        assertThat(alice.card().connection()).isEqualTo(adminCard.connection());
        TransactionSigner signer = TransactionSigner.of(alice.card());
        assertThat(client.submit(NETWORK, signer.sign(transfer("A1", "A2", 1).getBytes(StandardCharsets.UTF_8),
                Instant.now()), true).committed()).isTrue();

        identities.revoke(alice.card().identityId());
        SubmitResult refused = client.submit(NETWORK, signer.sign(transfer("A1", "A2", 1).getBytes(StandardCharsets.UTF_8),
                Instant.now()), true);
        assertThat(refused.reason()).isEqualTo("Identity 'alice' (" + alice.card().identityId() + ") has been revoked");
        assertThat(refused.block()).as("refused by admission, which had resolved alice before: not in a block").isEqualTo(-1);
        assertThatThrownBy(() -> identities.revoke(alice.card().identityId())).isInstanceOf(IdentityException.class)
                .hasMessage("Identity 'alice' (" + alice.card().identityId() + ") has already been revoked");
    }

    @Test
    void anIdentityForAParticipantThatDoesNotExistIsRefusedInItsBlock() throws Exception {
        deployWithTwoAccounts();
        NetworkIdentities identities = new NetworkIdentities(client, adminCard, Clock.systemUTC());
        assertThatThrownBy(() -> identities.issue(Relationship.parse("resource:" + NS + "Holder#bob"), "bob",
                KeyAlgorithm.ECDSA_P256)).isInstanceOf(IdentityException.class)
                .hasMessage("Participant '" + NS + "Holder#bob' does not exist in network " + NETWORK);
        assertThat(identities.list()).extracting(identity -> identity.get("name").asText())
                .containsExactly("admin");
    }
}
