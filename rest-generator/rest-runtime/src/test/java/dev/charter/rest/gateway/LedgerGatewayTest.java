package dev.charter.rest.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.compiler.NetworkCompiler;
import dev.charter.ledger.card.Card;
import dev.charter.ledger.client.LedgerClient;
import dev.charter.ledger.client.LedgerClientException;
import dev.charter.ledger.client.SubmitResult;
import dev.charter.ledger.crypto.Certificate;
import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.crypto.SigningKey;
import dev.charter.ledger.server.NodeHost;
import dev.charter.ledger.server.NodeServer;
import dev.charter.runtime.archive.NetworkArchive;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gateway to the letter-of-credit example on a ledger node in this JVM (a NodeHost in a temporary directory). */
class LedgerGatewayTest {

    private static final Path EXAMPLE = Path.of(System.getProperty("charter.root", "../.."), "examples/letter-of-credit");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BANK = "org.example.loc.Bank";
    private static final String ALICE = "resource:org.example.loc.Customer#alice";

    @TempDir
    Path dir;

    private NodeServer node;
    private LedgerGateway gateway;
    private Caller admin;

    @BeforeEach
    void deploy() throws Exception {
        Path archive = dir.resolve("loc.cna");
        new NetworkCompiler().compile(EXAMPLE).writeArchive(archive);
        node = NodeServer.start(NodeHost.open(dir.resolve("node"), Clock.systemUTC(), new PrintWriter(System.err, true)),
                new InetSocketAddress("127.0.0.1", 0));
        LedgerClient client = new LedgerClient(URI.create("http://127.0.0.1:" + node.port()));
        SigningKey key = SigningKey.generate(KeyAlgorithm.ECDSA_P256);
        JsonNode deployed = client.deploy(Files.readAllBytes(archive), key.publicKey().subjectPublicKeyInfo());
        Card card = Card.of(new Card.Connection("letter-of-credit", client.node().toString()),
                Certificate.ofPem(deployed.get("adminCertificate").asText()), key);
        gateway = LedgerGateway.open(client, NetworkArchive.open(archive), Clock.systemUTC());
        admin = gateway.caller(card);
    }

    @AfterEach
    void stop() {
        gateway.close();
        node.close();
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private static JsonNode bank(String id, String name) throws Exception {
        return json("{ \"$class\": \"org.example.loc.Bank\", \"bankId\": \"" + id + "\", \"name\": \"" + name + "\" }");
    }

    private static Committed await(Submission submission) {
        try {
            return submission.outcome().join();
        } catch (CompletionException e) {
            throw (RuntimeException) e.getCause();
        }
    }

    @Test
    void theAdministratorsCardActsAsTheAdministrator() {
        assertThat(admin.isAdmin()).isTrue();
        assertThat(gateway.height()).isEqualTo(1);
    }

    @Test
    void aCursorWalksEveryResourceOnceInIdOrder() throws Exception {
        for (int i = 24; i >= 0; i--) {
            await(gateway.create(admin, BANK, bank("B%02d".formatted(i), "Bank " + i)));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page page = gateway.resources(admin, BANK, PageRequest.of(10, null, cursor, null));
            page.items().forEach(b -> seen.add(b.get("bankId").asText()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);
        assertThat(seen).hasSize(25).doesNotHaveDuplicates().isSorted();
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void replacingAndRemovingAreRegistryTransactionsInTheResourcesHistory() throws Exception {
        Committed added = await(gateway.create(admin, BANK, bank("B1", "First")));
        await(gateway.update(admin, BANK, bank("B1", "Renamed")));
        await(gateway.remove(admin, BANK, "B1"));
        assertThat(gateway.resource(admin, BANK, "B1")).isEmpty();
        assertThat(gateway.exists(admin, BANK, "B1")).isFalse();
        List<ResourceVersion> history = gateway.history(admin, BANK, "B1");
        assertThat(history).extracting(ResourceVersion::transactionType).containsExactly(
                "org.hyperledger.composer.system.AddParticipant", "org.hyperledger.composer.system.UpdateParticipant",
                "org.hyperledger.composer.system.RemoveParticipant");
        assertThat(history.get(0).transactionId()).isEqualTo(added.transactionId());
        assertThat(history.get(1).value().get("name").asText()).isEqualTo("Renamed");
        assertThat(history.get(2).value()).isNull();
    }

    @Test
    void dataThatDoesNotFitTheModelIsInvalidNamingTheFieldBeforeAnythingIsSigned() throws Exception {
        long height = gateway.height();
        assertThatThrownBy(() -> gateway.create(admin, BANK, json("{ \"$class\": \"org.example.loc.Bank\", \"bankId\": \"B9\" }")))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.INVALID);
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e).hasMessage("Instance org.example.loc.Bank#B9 missing required field name");
                });
        assertThat(gateway.height()).isEqualTo(height);
    }

    @Test
    void theNodesRefusalsBecomeTheFailuresTheApiAnswersWith() throws Exception {
        await(gateway.create(admin, BANK, bank("B1", "First")));
        assertThatThrownBy(() -> await(gateway.create(admin, BANK, bank("B1", "Again"))))
                .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.failure()).isEqualTo(Failure.CONFLICT))
                .hasMessage("Object with ID 'B1' in collection with ID 'Participant:org.example.loc.Bank' already exists");
        assertThatThrownBy(() -> await(gateway.update(admin, BANK, bank("B2", "Missing"))))
                .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND));

        assertThat(LedgerGateway.refusal(new SubmitResult("t", SubmitResult.REFUSED, -1, -1,
                "Identity 'bob' (ab) has been revoked")).failure()).isEqualTo(Failure.UNAUTHENTICATED);
        assertThat(LedgerGateway.refusal(new SubmitResult("t", SubmitResult.REFUSED, -1, -1,
                "Participant 'org.example.loc.Customer#ghost' of identity 'ghost' (ab) does not exist")).failure())
                .isEqualTo(Failure.FORBIDDEN);
        assertThat(LedgerGateway.refusal(new SubmitResult("t", SubmitResult.REFUSED, 7, 0,
                "Participant 'org.example.loc.Customer#bob' does not have 'CREATE' access to resource "
                        + "'org.example.loc.ReceiveProduct#t'")).failure()).isEqualTo(Failure.FORBIDDEN);
        assertThat(LedgerGateway.refusal(new SubmitResult("t", SubmitResult.REFUSED, 7, 0,
                "This person has already approved this letter of credit")).failure()).isEqualTo(Failure.REJECTED);
        GatewayException invalid = LedgerGateway.refusal(new SubmitResult("t", SubmitResult.REFUSED, 7, 0,
                "Instance org.example.loc.LetterOfCredit#L1 field amount has value -5 which is outside lower bound 0"));
        assertThat(invalid.failure()).isEqualTo(Failure.INVALID);
        assertThat(invalid.field()).isEqualTo("amount");
    }

    @Test
    void anIssuedIdentityActsAsItsParticipantUntilRevokedAndOnlyTheAdministratorIssues() throws Exception {
        await(gateway.submit(admin, json("{ \"$class\": \"org.example.loc.CreateDemoParticipants\" }")));
        Card card = gateway.issueIdentity(admin, ALICE, "alice");
        Caller alice = gateway.caller(card);
        assertThat(alice.participant()).isEqualTo(ALICE);
        assertThat(gateway.resource(alice, "org.example.loc.Customer", "alice")).isPresent();
        assertThat(gateway.identities(admin, PageRequest.first()).items())
                .anySatisfy(identity -> assertThat(identity.get("name").asText()).isEqualTo("alice"));

        assertThatThrownBy(() -> gateway.issueIdentity(alice, "resource:org.example.loc.Customer#bob", "bob"))
                .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.failure()).isEqualTo(Failure.FORBIDDEN));
        assertThatThrownBy(() -> gateway.block(alice, 1))
                .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.failure()).isEqualTo(Failure.FORBIDDEN));
        assertThat(gateway.block(admin, 1).get("number").asLong()).isEqualTo(1);

        gateway.revokeIdentity(admin, card.identityId());
        assertThatThrownBy(() -> gateway.caller(card)).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.failure()).isEqualTo(Failure.UNAUTHENTICATED))
                .hasMessageContaining("has been revoked");
    }

    @Test
    void aParticipantFollowsTheEventsAsItselfFromTheBlockItAsksForUntilItIsRevoked() throws Exception {
        await(gateway.submit(admin, json("{ \"$class\": \"org.example.loc.CreateDemoParticipants\" }")));
        Card card = gateway.issueIdentity(admin, ALICE, "alice");
        Caller alice = gateway.caller(card);
        Committed applied = await(gateway.submit(alice, json("""
                { "$class": "org.example.loc.InitialApplication", "letterId": "L1", "applicant": "%s",
                  "beneficiary": "resource:org.example.loc.Customer#bob", "rules": [],
                  "productDetails": { "$class": "org.example.loc.ProductDetails", "productType": "Computers",
                                      "quantity": 1, "pricePerUnit": 450 } }""".formatted(ALICE))));
        BlockingQueue<CommittedEvent> events = new LinkedBlockingQueue<>();
        try (Subscription subscription = gateway.subscribe(alice, applied.block(), events::add)) {
            CommittedEvent event = events.poll(10, TimeUnit.SECONDS);
            assertThat(event).isNotNull();
            assertThat(event.transactionId()).isEqualTo(applied.transactionId());
            assertThat(event.block()).isEqualTo(applied.block());
            assertThat(event.event().get("$class").asText()).isEqualTo("org.example.loc.InitialApplicationEvent");

            gateway.revokeIdentity(admin, card.identityId());
            assertThatThrownBy(() -> subscription.ended().toCompletableFuture().get(10, TimeUnit.SECONDS))
                    .cause().isInstanceOfSatisfying(LedgerClientException.class, e -> assertThat(e.status()).isEqualTo(401))
                    .hasMessage("Identity 'alice' (" + card.identityId() + ") has been revoked");
        }
    }
}
