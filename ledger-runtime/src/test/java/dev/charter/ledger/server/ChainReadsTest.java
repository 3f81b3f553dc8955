package dev.charter.ledger.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.ledger.card.Card;
import dev.charter.ledger.client.LedgerClient;
import dev.charter.ledger.client.LedgerClientException;
import dev.charter.ledger.client.NetworkIdentities;
import dev.charter.ledger.client.NetworkReader;
import dev.charter.ledger.client.SubmitResult;
import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.crypto.SigningKey;
import dev.charter.ledger.testing.AccountsNetwork;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.ledger.tx.TransactionSigner;
import dev.charter.runtime.resource.Relationship;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chain — blocks, a transaction's status, the event stream — is read only by the network's members: a
 * node served over HTTP in this JVM refuses an unsigned request, a stranger and a revoked identity, and answers
 * any member, whatever participant it is.
 */
class ChainReadsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NETWORK = "ledger-accounts";
    private static final String NS = AccountsNetwork.NS + ".";

    @TempDir
    Path data;

    private ServedNode node;
    private LedgerClient client;
    private Card admin;
    private Card alice;
    private Card bob;

    @BeforeEach
    void deployWithTwoHoldersEachWithAnIdentity() throws Exception {
        node = ServedNode.start(data);
        client = node.client();
        admin = node.deploy(AccountsNetwork.archive(), SigningKey.generate(KeyAlgorithm.ECDSA_P256));
        TransactionSigner signer = TransactionSigner.of(admin);
        List<SignedTransaction> setup = List.of(
                signer.sign(json("{\"$class\": \"" + NS + "AddHolder\", \"holderId\": \"alice\", \"name\": \"Alice\"}"),
                        Instant.now()),
                signer.sign(json("{\"$class\": \"" + NS + "AddHolder\", \"holderId\": \"bob\", \"name\": \"Bob\"}"),
                        Instant.now()),
                signer.sign(json(open("A1", 100)), Instant.now()), signer.sign(json(open("A2", 5)), Instant.now()));
        assertThat(client.submitBatch(NETWORK, setup, true)).allMatch(SubmitResult::committed);
        NetworkIdentities identities = new NetworkIdentities(client, admin, Clock.systemUTC());
        alice = identities.issue(Relationship.parse("resource:" + NS + "Holder#alice"), "alice", KeyAlgorithm.ECDSA_P256)
                .card();
        bob = identities.issue(Relationship.parse("resource:" + NS + "Holder#bob"), "bob", KeyAlgorithm.ECDSA_P256)
                .card();
    }

    @AfterEach
    void stop() {
        if (node != null) {
            node.close();
        }
    }

    private static byte[] json(String text) {
        return text.getBytes(UTF_8);
    }

    private static String open(String account, long balance) {
        return "{\"$class\": \"" + NS + "OpenAccount\", \"accountId\": \"" + account + "\", \"owner\": \"resource:" + NS
                + "Holder#alice\", \"balance\": " + balance + "}";
    }

    private static byte[] transfer(long amount) {
        return json("{\"$class\": \"" + NS + "Transfer\", \"source\": \"resource:" + NS + "Account#A1\", \"target\":"
                + " \"resource:" + NS + "Account#A2\", \"amount\": " + amount + "}");
    }

    private SubmitResult transferAsAlice(long amount) {
        return client.submit(NETWORK, TransactionSigner.of(alice).sign(transfer(amount), Instant.now()), true);
    }

    private NetworkReader reader(Card card) {
        return new NetworkReader(client, card);
    }

    /** Follows the events as {@code card} on another thread, from block 0, handing each to {@code seen}. */
    private CompletableFuture<Void> follow(Card card, Consumer<JsonNode> seen) {
        return CompletableFuture.runAsync(() -> reader(card).events(0, event -> {
            seen.accept(event);
            return true;
        }));
    }

    private static void refusedWith401(ThrowingCallable read, String reason) {
        assertThatThrownBy(read).isInstanceOfSatisfying(LedgerClientException.class,
                e -> assertThat(e.status()).isEqualTo(401)).hasMessageContaining(reason);
    }

    @Test
    void blocksTransactionsAndEventsAreNotServedToAnUnsignedRequest() throws Exception {
        String committed = transferAsAlice(1).transactionId();
        for (String path : List.of("/blocks/1", "/transactions/" + committed, "/events?from=0", "/events")) {
            HttpResponse<String> answer = node.get("v1/networks/" + NETWORK + path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(JSON.readTree(answer.body()).get("error").asText()).as(path)
                    .endsWith(" is not part of the protocol (docs/ledger-protocol.md)")
                    .doesNotContain("Transferred", "A1");
        }
        HttpResponse<String> unsigned = node.post("v1/networks/" + NETWORK + "/events", "{\"from\": 0}");
        assertThat(unsigned.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unsigned.body()).get("error").asText()).startsWith("A transaction is {\"transactionId\"");
    }

    @Test
    void anIdentityTheNetworkNeverBoundIsRefusedWith401AndTheReason() {
        SigningKey key = SigningKey.generate(KeyAlgorithm.ECDSA_P256);
        Card certifiedOnly = Card.of(admin.connection(),
                new NetworkIdentities(client, admin, Clock.systemUTC()).certify("mallory", key.publicKey()), key);
        String committed = transferAsAlice(1).transactionId();
        NetworkReader stranger = reader(certifiedOnly);
        String reason = "is not known to network " + NETWORK;
        refusedWith401(() -> stranger.block(1), reason);
        refusedWith401(() -> stranger.status(committed), reason);
        refusedWith401(() -> stranger.events(0, event -> true), reason);
    }

    @Test
    void aSubscriptionWithABadSignatureIsRefusedWith401() {
        SignedTransaction subscription = TransactionSigner.of(alice).signPayload(json("{\"read\":\"events\",\"from\":0}"),
                Instant.now());
        byte[] signature = subscription.signature();
        signature[signature.length / 2] ^= 1;
        refusedWith401(() -> client.events(NETWORK, new SignedTransaction(subscription.transactionId(),
                subscription.identityId(), subscription.timestamp(), subscription.payload(), signature), event -> true),
                "does not verify with the key of identity 'alice'");
    }

    @Test
    void aRevokedIdentityIsRefusedWith401AndTheReason() {
        String committed = transferAsAlice(1).transactionId();
        assertThat(reader(bob).block(1).get("number").asLong()).isEqualTo(1);
        new NetworkIdentities(client, admin, Clock.systemUTC()).revoke(bob.identityId());
        NetworkReader revoked = reader(bob);
        String reason = "Identity 'bob' (" + bob.identityId() + ") has been revoked";
        refusedWith401(() -> revoked.block(1), reason);
        refusedWith401(() -> revoked.status(committed), reason);
        refusedWith401(() -> revoked.events(0, event -> true), reason);
    }

    @Test
    void anyMemberReadsEveryBlockTransactionAndEventWhateverParticipantSubmittedIt() throws Exception {
        SubmitResult transfer = transferAsAlice(7);
        assertThat(transfer.committed()).isTrue();
        NetworkReader other = reader(bob);

        JsonNode status = other.status(transfer.transactionId()).orElseThrow();
        assertThat(status.get("status").asText()).isEqualTo("committed");
        assertThat(status.get("block").asLong()).isEqualTo(transfer.block());
        assertThat(status.get("identityId").asText()).isEqualTo(alice.identityId());
        assertThat(status.get("payload").get("amount").asLong()).isEqualTo(7);

        JsonNode block = other.block(transfer.block());
        assertThat(block.get("number").asLong()).isEqualTo(transfer.block());
        assertThat(block.get("hash").asText()).hasSize(64);
        assertThat(block.get("transactions").get(transfer.index()).get("transactionId").asText())
                .isEqualTo(transfer.transactionId());
        assertThatThrownBy(() -> other.block(transfer.block() + 1))
                .isInstanceOfSatisfying(LedgerClientException.class, e -> assertThat(e.status()).isEqualTo(404))
                .hasMessage("Network " + NETWORK + " has blocks 0 to " + transfer.block() + ", not " + (transfer.block() + 1));

        CompletableFuture<JsonNode> first = new CompletableFuture<>();
        other.events(0, event -> !first.complete(event));
        assertThat(first.get().get("transactionId").asText()).isEqualTo(transfer.transactionId());
        assertThat(first.get().get("event").get("amount").asLong()).isEqualTo(7);
    }

    @Test
    void aSubmitterThatDidNotWaitPollsTheStatusOfItsTransactionUntilItsBlockIsDurable() throws Exception {
        SignedTransaction transaction = TransactionSigner.of(alice).sign(transfer(2), Instant.now());
        assertThat(client.submit(NETWORK, transaction, false).status()).isEqualTo(SubmitResult.ACCEPTED);
        NetworkReader submitter = reader(alice);
        Optional<JsonNode> status = submitter.status(transaction.transactionId());
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10); status.isEmpty()
                && System.nanoTime() < deadline; status = submitter.status(transaction.transactionId())) {
            Thread.sleep(20);
        }
        assertThat(status).hasValueSatisfying(s -> {
            assertThat(s.get("status").asText()).isEqualTo("committed");
            assertThat(s.get("block").asLong()).isPositive();
        });
    }

    @Test
    void aRefusalBeforeOrderingIsToldToItsSignerAndTheAdministratorButToNoOtherMember() {
        SignedTransaction stale = TransactionSigner.of(alice).sign(transfer(3), Instant.now().minus(Duration.ofMinutes(10)));
        SubmitResult refused = client.submit(NETWORK, stale, false);
        assertThat(refused.refused()).isTrue();
        assertThat(refused.reason()).contains("behind the node's clock");

        for (Card told : List.of(alice, admin)) {
            assertThat(reader(told).status(stale.transactionId())).as(told.user()).hasValueSatisfying(status -> {
                assertThat(status.get("status").asText()).isEqualTo("refused");
                assertThat(status.get("reason").asText()).isEqualTo(refused.reason());
                assertThat(status.has("block")).isFalse();
                assertThat(status.get("identityId").asText()).isEqualTo(alice.identityId());
                assertThat(status.get("refusedAt").asText()).endsWith("Z");
            });
        }
        assertThat(reader(bob).status(stale.transactionId())).isEmpty();
        assertThat(reader(bob).status("never-submitted")).isEmpty();
    }

    @Test
    void anEventStreamEndsWithTheReasonOnceItsSubscriberIsRevoked() throws Exception {
        List<JsonNode> seen = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> stream = follow(bob, seen::add);
        SubmitResult before = transferAsAlice(1);
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10); seen.isEmpty()
                && System.nanoTime() < deadline; ) {
            Thread.sleep(20);
        }
        assertThat(seen).extracting(e -> e.get("transactionId").asText()).containsExactly(before.transactionId());

        new NetworkIdentities(client, admin, Clock.systemUTC()).revoke(bob.identityId());
        SubmitResult after = transferAsAlice(2);
        assertThat(after.committed()).isTrue();
        assertThatThrownBy(() -> stream.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(LedgerClientException.class, e -> assertThat(e.status()).isEqualTo(401))
                .hasMessage("Identity 'bob' (" + bob.identityId() + ") has been revoked");
        assertThat(seen).extracting(e -> e.get("transactionId").asText()).containsExactly(before.transactionId());
    }

    @Test
    void theChainsReadsTakeOnlyTheirOwnFieldsAndEventsOnlyOnTheirOwnPath() {
        TransactionSigner signer = TransactionSigner.of(alice);
        assertThatThrownBy(() -> client.read(NETWORK, signer.signPayload(json("{\"read\":\"block\",\"number\":\"one\"}"),
                Instant.now())))
                .isInstanceOfSatisfying(LedgerClientException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessage("A \"block\" read needs \"number\", a whole number of 0 or more, not \"one\"");
        assertThatThrownBy(() -> client.read(NETWORK, signer.signPayload(json("{\"read\":\"status\",\"id\":\"x\"}"),
                Instant.now())))
                .hasMessage("A \"status\" read has no field \"id\"; it takes transactionId");
        assertThatThrownBy(() -> client.read(NETWORK, signer.signPayload(json("{\"read\":\"events\",\"from\":0}"),
                Instant.now())))
                .hasMessage("Events are a stream: send this request to POST /v1/networks/" + NETWORK + "/events");
        assertThatThrownBy(() -> client.events(NETWORK, signer.signPayload(json("{\"read\":\"block\",\"number\":1}"),
                Instant.now()), event -> true))
                .isInstanceOfSatisfying(LedgerClientException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageStartingWith("POST /v1/networks/" + NETWORK + "/events takes a signed {\"read\": \"events\"");
    }
}
