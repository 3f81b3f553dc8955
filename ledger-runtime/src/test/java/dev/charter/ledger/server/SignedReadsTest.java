package dev.charter.ledger.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.compiler.NetworkCompiler;
import dev.charter.ledger.card.Card;
import dev.charter.ledger.client.LedgerClient;
import dev.charter.ledger.client.LedgerClientException;
import dev.charter.ledger.client.NetworkIdentities;
import dev.charter.ledger.client.NetworkReader;
import dev.charter.ledger.client.ReadPage;
import dev.charter.ledger.client.SubmitResult;
import dev.charter.ledger.crypto.Certificate;
import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.crypto.SigningKey;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.ledger.tx.TransactionSigner;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signed reads ({@code POST …/reads}) of a node served in this JVM, through {@link NetworkReader}: the
 * accounts network with access rules (a holder reads their own accounts only) and two named queries.
 */
class SignedReadsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NETWORK = "ledger-accounts";
    private static final String NS = "org.example.accounts.";
    private static final String ACCOUNT = NS + "Account";

    @TempDir
    static Path shared;

    @TempDir
    Path data;

    private static Path archive;
    private ServedNode node;
    private LedgerClient client;
    private Card adminCard;
    private Card alice;

    /** The accounts network of the ledger's tests, with this test's access rules and queries. */
    @BeforeAll
    static void compile() throws Exception {
        Path network = shared.resolve("network");
        for (String name : List.of("ledger-network/charter.json", "ledger-network/models/accounts.cto",
                "ledger-network/logic/accounts.logic", "reads-network/permissions.acl", "reads-network/queries.qry")) {
            Path target = network.resolve(name.substring(name.indexOf('/') + 1));
            Files.createDirectories(target.getParent());
            try (InputStream in = SignedReadsTest.class.getResourceAsStream("/" + name)) {
                Files.copy(in, target);
            }
        }
        NetworkCompiler.Compilation compilation = new NetworkCompiler().compile(network);
        assertThat(compilation.output()).as(compilation.check().diagnostics().toString()).isPresent();
        archive = shared.resolve("accounts.cna");
        compilation.writeArchive(archive);
    }

    @BeforeEach
    void deployWithTwoHoldersAndTheirAccounts() throws Exception {
        node = ServedNode.start(data);
        client = node.client();
        adminCard = node.deploy(archive, SigningKey.generate(KeyAlgorithm.ECDSA_P256));
        List<SignedTransaction> setup = new ArrayList<>();
        for (String holder : List.of("alice", "bob")) {
            setup.add(signed("{\"$class\": \"" + NS + "AddHolder\", \"holderId\": \"" + holder + "\", \"name\": \"" + holder
                    + "\"}"));
        }
        for (int i = 1; i <= 12; i++) {
            setup.add(signed(open("A" + i, "alice", i * 10)));
        }
        setup.add(signed(open("B1", "bob", 1_000)));
        assertThat(client.submitBatch(NETWORK, setup, true)).allMatch(SubmitResult::committed);
        alice = identity("alice");
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

    private static String open(String account, String holder, long balance) {
        return "{\"$class\": \"" + NS + "OpenAccount\", \"accountId\": \"" + account + "\", \"owner\": \"resource:" + NS
                + "Holder#" + holder + "\", \"balance\": " + balance + "}";
    }

    /** A card of a new identity bound to the holder. */
    private Card identity(String holder) throws Exception {
        SigningKey key = SigningKey.generate(KeyAlgorithm.ECDSA_P256);
        Certificate certificate = new NetworkIdentities(client, adminCard, Clock.systemUTC()).certify(holder,
                key.publicKey());
        String bind = JSON.createObjectNode().put("$class", NetworkSystemTransactions.BIND)
                .put("participant", "resource:" + NS + "Holder#" + holder).put("certificate", certificate.pem()).toString();
        assertThat(client.submit(NETWORK, signed(bind), true).committed()).isTrue();
        return Card.of(adminCard.connection(), certificate, key);
    }

    private NetworkReader reader(Card card) {
        return new NetworkReader(client, card);
    }

    private static List<String> ids(ReadPage page) {
        return page.items().stream().map(item -> item.get("accountId").asText()).toList();
    }

    @Test
    void aHolderListsOnlyTheirOwnAccountsAndIsRefusedAnotherWithComposersMessage() {
        NetworkReader reader = reader(alice);
        ReadPage accounts = reader.resources(ACCOUNT, ReadPage.Request.first());
        assertThat(ids(accounts)).hasSize(12).doesNotContain("B1");
        assertThat(accounts.nextCursor()).isNull();
        assertThat(reader.resource(ACCOUNT, "A3")).hasValueSatisfying(a -> assertThat(a.get("balance").asLong()).isEqualTo(30));
        assertThatThrownBy(() -> reader.resource(ACCOUNT, "B1"))
                .isInstanceOfSatisfying(LedgerClientException.class, e -> assertThat(e.status()).isEqualTo(403))
                .hasMessage("Participant '" + NS + "Holder#alice' does not have 'READ' access to resource '" + ACCOUNT
                        + "#B1'");
        assertThat(reader.resource(ACCOUNT, "A99")).isEmpty();
        assertThat(reader(adminCard).resources(ACCOUNT, ReadPage.Request.first()).items()).hasSize(13);
        assertThat(reader.resources(NS + "Holder", ReadPage.Request.first()).items())
                .extracting(h -> h.get("holderId").asText()).containsExactly("alice");
    }

    @Test
    void aPingTellsEachSignerWhichParticipantItActsAs() {
        JsonNode ping = reader(alice).ping();
        assertThat(ping.get("participant").asText()).isEqualTo("resource:" + NS + "Holder#alice");
        assertThat(ping.get("identity").asText()).isEqualTo(alice.identityId());
        JsonNode admin = reader(adminCard).ping();
        assertThat(admin.has("participant")).isFalse();
        assertThat(admin.get("version").asText()).isNotEmpty();
    }

    @Test
    void listsArePagedWithCursorsInTheOrderAsked() {
        NetworkReader reader = reader(alice);
        ReadPage.Request byBalance = new ReadPage.Request(5, 0, null, "balance", true);
        List<String> seen = new ArrayList<>();
        ReadPage page = reader.resources(ACCOUNT, byBalance);
        seen.addAll(ids(page));
        while (page.nextCursor() != null) {
            page = reader.resources(ACCOUNT, byBalance.after(page.nextCursor()));
            seen.addAll(ids(page));
        }
        assertThat(seen).containsExactly("A12", "A11", "A10", "A9", "A8", "A7", "A6", "A5", "A4", "A3", "A2", "A1");
        assertThat(ids(reader.resources(ACCOUNT, new ReadPage.Request(2, 3, null, null, false)))).containsExactly("A12", "A2");
    }

    @Test
    void aNamedQueryRunsWithTextParametersConvertedByTheFieldsTheyAreComparedWith() {
        ReadPage above = reader(alice).query("AccountsAbove", Map.of("minimum", "85"), ReadPage.Request.first());
        assertThat(ids(above)).containsExactly("A9", "A10", "A11", "A12");
        assertThat(ids(reader(adminCard).query("AccountsAbove", Map.of("minimum", "85"), ReadPage.Request.first())))
                .containsExactly("A9", "A10", "A11", "A12", "B1");
        ReadPage first = reader(alice).query("AccountsAbove", Map.of("minimum", "0"), ReadPage.Request.first(10));
        assertThat(first.items()).hasSize(10);
        assertThat(ids(reader(alice).query("AccountsAbove", Map.of("minimum", "0"), ReadPage.Request.first(10)
                .after(first.nextCursor())))).containsExactly("A11", "A12");
        assertThat(reader(alice).query("AccountsOf", Map.of("holder", "bob"), ReadPage.Request.first()).items()).isEmpty();
    }

    @Test
    void anAdHocWhereRunsAsTheReaderWithParameters() {
        ReadPage rich = reader(alice).where(ACCOUNT, "balance >= _$least AND balance < 120", Map.of("least", "100"),
                new ReadPage.Request(100, 0, null, "balance", true));
        assertThat(ids(rich)).containsExactly("A11", "A10");
        assertThat(ids(reader(adminCard).where(ACCOUNT, "balance > 500", Map.of(), ReadPage.Request.first())))
                .containsExactly("B1");
    }

    @Test
    void historyTransactionsAndTheHistorianAreReadUnderTheRules() {
        NetworkReader reader = reader(alice);
        List<JsonNode> history = reader.history(ACCOUNT, "A1");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("value").get("balance").asLong()).isEqualTo(10);
        assertThat(history.get(0).get("timestamp").asText()).endsWith("Z");
        assertThatThrownBy(() -> reader.history(ACCOUNT, "B1")).hasMessageContaining("does not have 'READ' access");
        assertThatThrownBy(() -> reader.history(ACCOUNT, "Z9"))
                .isInstanceOfSatisfying(LedgerClientException.class, e -> assertThat(e.status()).isEqualTo(404));

        String opened = history.get(0).get("transactionId").asText();
        assertThat(reader(adminCard).transaction(NS + "OpenAccount", opened))
                .hasValueSatisfying(t -> assertThat(t.get("accountId").asText()).isEqualTo("A1"));
        assertThat(reader(adminCard).transactions(NS + "OpenAccount", ReadPage.Request.first()).items()).hasSize(13);
        assertThat(reader.historianRecord(opened))
                .hasValueSatisfying(r -> assertThat(r.get("transactionType").asText()).isEqualTo(NS + "OpenAccount"));
        assertThat(reader.historian(ReadPage.Request.first()).items()).hasSize(15);
        assertThat(reader.resources("org.hyperledger.composer.system.Identity", ReadPage.Request.first()).items())
                .extracting(i -> i.get("name").asText()).contains("admin", "alice");
    }

    /** Signs a raw read request as the card's identity, for requests the client would never make. */
    private LedgerClientException refused(Card card, String request) {
        SignedTransaction read = TransactionSigner.of(card).signPayload(request.getBytes(UTF_8), Instant.now());
        try {
            client.read(NETWORK, read);
        } catch (LedgerClientException e) {
            return e;
        }
        throw new AssertionError("The node answered " + request);
    }

    @Test
    void aReadWithABadSignatureOrFromAStrangerIsRefusedWith401() {
        SignedTransaction read = TransactionSigner.of(alice).signPayload(
                "{\"read\":\"resource\",\"type\":\"org.example.accounts.Account\",\"id\":\"A1\"}".getBytes(UTF_8),
                Instant.now());
        byte[] signature = read.signature();
        signature[signature.length / 2] ^= 1;
        assertThatThrownBy(() -> client.read(NETWORK, new SignedTransaction(read.transactionId(), read.identityId(),
                read.timestamp(), read.payload(), signature)))
                .isInstanceOfSatisfying(LedgerClientException.class, e -> assertThat(e.status()).isEqualTo(401))
                .hasMessageContaining("does not verify with the key of identity 'alice'");

        SignedTransaction stale = TransactionSigner.of(alice).signPayload("{\"read\":\"historian\"}".getBytes(UTF_8),
                Instant.now().minus(Duration.ofMinutes(10)));
        assertThatThrownBy(() -> client.read(NETWORK, stale))
                .isInstanceOfSatisfying(LedgerClientException.class, e -> assertThat(e.status()).isEqualTo(401))
                .hasMessageContaining("behind the node's clock");

        SigningKey strangerKey = SigningKey.generate(KeyAlgorithm.ECDSA_P256);
        TransactionSigner unknown = new TransactionSigner(strangerKey, strangerKey.publicKey().identityId().hex());
        assertThatThrownBy(() -> client.read(NETWORK, unknown.signPayload("{\"read\":\"historian\"}".getBytes(UTF_8),
                Instant.now())))
                .isInstanceOfSatisfying(LedgerClientException.class, e -> assertThat(e.status()).isEqualTo(401))
                .hasMessageContaining("is not known to network " + NETWORK);
    }

    @Test
    void aReadIsNotRememberedSoTheSameSignedReadIsAnsweredAgainWithinItsWindow() {
        SignedTransaction read = TransactionSigner.of(alice).signPayload(("{\"read\":\"resource\",\"type\":\"" + ACCOUNT
                + "\",\"id\":\"A1\"}").getBytes(UTF_8), Instant.now());
        assertThat(client.read(NETWORK, read)).isPresent();
        assertThat(client.read(NETWORK, read)).hasValueSatisfying(a -> assertThat(a.get("accountId").asText()).isEqualTo("A1"));
    }

    @Test
    void aBodyThatIsNoSignedReadIsA400() throws Exception {
        HttpResponse<String> answer = node.post("v1/networks/" + NETWORK + "/reads", "{");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).get("error").asText()).startsWith("The request body is not JSON");
        assertThat(refused(alice, "[1, 2]")).hasMessageStartingWith("A read request is a JSON object whose \"read\" is one of");
    }

    @Test
    void badRequestsAreAnsweredWithWhatIsWrong() {
        assertThat(refused(alice, "{\"read\":\"resources\",\"type\":\"" + ACCOUNT + "\",\"limit\":0}"))
                .hasMessage("limit must be between 1 and 1000, not 0").extracting(LedgerClientException::status).isEqualTo(400);
        assertThat(refused(alice, "{\"read\":\"resources\",\"type\":\"" + ACCOUNT + "\",\"limit\":\"ten\"}"))
                .hasMessage("limit must be a whole number, not \"ten\"");
        assertThat(refused(alice, "{\"read\":\"resources\",\"type\":\"" + ACCOUNT + "\",\"skip\":-1}"))
                .hasMessage("skip must be 0 or more, not -1");
        assertThat(refused(alice, "{\"read\":\"resources\",\"type\":\"" + ACCOUNT + "\",\"cursor\":\"nonsense\"}"))
                .hasMessageContaining("The cursor nonsense is not one a query returned");
        assertThat(refused(alice, "{\"read\":\"resources\",\"type\":\"" + ACCOUNT + "\",\"orderBy\":\"colour\"}"))
                .hasMessage("Property colour does not exist on " + ACCOUNT);
        assertThat(refused(alice, "{\"read\":\"resource\",\"type\":\"" + ACCOUNT + "\",\"id\":\"A1\",\"limit\":5}"))
                .hasMessage("A \"resource\" read has no field \"limit\"; it takes type, id");
        assertThat(refused(alice, "{\"read\":\"everything\"}")).hasMessageStartingWith("There is no read \"everything\"");
        assertThat(refused(alice, "{\"read\":\"resources\",\"type\":\"" + NS + "Vault\"}"))
                .hasMessageStartingWith("The network has no type " + NS + "Vault").extracting(LedgerClientException::status)
                .isEqualTo(404);
        assertThat(refused(alice, "{\"read\":\"resources\",\"type\":\"" + NS + "Transfer\"}"))
                .hasMessage(NS + "Transfer is not a concrete asset or participant type");
        assertThat(refused(alice, "{\"read\":\"historian\",\"network\":\"elsewhere\"}"))
                .hasMessage("The read was signed for network elsewhere, not " + NETWORK);
    }

    @Test
    void anUnknownQueryIs404AndABadParameterOrStatementNamesTheProblem() {
        NetworkReader reader = reader(alice);
        assertThatThrownBy(() -> reader.query("Richest", Map.of(), ReadPage.Request.first()))
                .isInstanceOfSatisfying(LedgerClientException.class, e -> assertThat(e.status()).isEqualTo(404))
                .hasMessage("The network has no query named Richest; it has AccountsAbove, AccountsOf");
        assertThatThrownBy(() -> reader.query("AccountsAbove", Map.of("minimum", "lots"), ReadPage.Request.first()))
                .isInstanceOfSatisfying(LedgerClientException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessage("Parameter minimum of query AccountsAbove must be a whole number, not \"lots\"");
        assertThatThrownBy(() -> reader.query("AccountsAbove", Map.of("maximum", "5"), ReadPage.Request.first()))
                .hasMessage("Query AccountsAbove has no parameter maximum; it takes minimum");
        assertThatThrownBy(() -> reader.query("AccountsAbove", Map.of(), ReadPage.Request.first()))
                .hasMessage("Query AccountsAbove needs parameter minimum");
        assertThatThrownBy(() -> reader.where(ACCOUNT, "colour == 'red'", Map.of(), ReadPage.Request.first()))
                .isInstanceOfSatisfying(LedgerClientException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageStartingWith("The statement SELECT " + ACCOUNT + " WHERE (colour == 'red') cannot run:")
                .hasMessageContaining("colour");
        assertThatThrownBy(() -> reader.where(ACCOUNT, "balance >", Map.of(), ReadPage.Request.first()))
                .hasMessageContaining("error CTR001");
    }
}
