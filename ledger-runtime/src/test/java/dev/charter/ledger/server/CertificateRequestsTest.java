package dev.charter.ledger.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.ledger.card.Card;
import dev.charter.ledger.client.LedgerClient;
import dev.charter.ledger.client.LedgerClientException;
import dev.charter.ledger.client.NetworkIdentities;
import dev.charter.ledger.client.SubmitResult;
import dev.charter.ledger.crypto.Certificate;
import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.crypto.SigningKey;
import dev.charter.ledger.testing.AccountsNetwork;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.ledger.tx.TransactionSigner;
import dev.charter.runtime.resource.NetworkAdmin;
import dev.charter.runtime.resource.Relationship;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network's certificate authority ({@code POST …/certificates}) certifies a key only on a request signed by a
 * current identity of the network's administrator: a node served over HTTP in this JVM answers the administrator,
 * and refuses an unsigned request, a bad signature and a stranger (401), a participant's own identity (403) and an
 * administrator identity once revoked (401), each saying why.
 */
class CertificateRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NETWORK = "ledger-accounts";
    private static final String NS = AccountsNetwork.NS + ".";
    private static final String CERTIFICATES = "v1/networks/" + NETWORK + "/certificates";

    @TempDir
    Path data;

    private ServedNode node;
    private LedgerClient client;
    private Card admin;
    private Card alice;

    @BeforeEach
    void deployWithAHolderBoundToAnIdentity() throws Exception {
        node = ServedNode.start(data);
        client = node.client();
        admin = node.deploy(AccountsNetwork.archive(), SigningKey.generate(KeyAlgorithm.ECDSA_P256));
        assertThat(client.submit(NETWORK, ServedNode.signed(admin, "{\"$class\": \"" + NS + "AddHolder\", \"holderId\":"
                + " \"alice\", \"name\": \"Alice\"}"), true).committed()).isTrue();
        alice = identities(admin).issue(Relationship.parse("resource:" + NS + "Holder#alice"), "alice",
                KeyAlgorithm.ECDSA_P256).card();
    }

    @AfterEach
    void stop() {
        if (node != null) {
            node.close();
        }
    }

    private NetworkIdentities identities(Card card) {
        return new NetworkIdentities(client, card, Clock.systemUTC());
    }

    /** The network's CA certificate, as the node keeps it in its data directory. */
    private Certificate authority() throws Exception {
        return Certificate.ofPem(Files.readString(data.resolve("networks").resolve(NETWORK).resolve("ca").resolve("ca.pem")));
    }

    private static String request(String name, SigningKey key) {
        return JSON.createObjectNode().put("read", "certificate").put("network", NETWORK).put("name", name)
                .put("publicKey", Base64.getEncoder().encodeToString(key.publicKey().subjectPublicKeyInfo())).toString();
    }

    private static void refused(ThrowingCallable request, int status, String message) {
        assertThatThrownBy(request).isInstanceOfSatisfying(LedgerClientException.class,
                e -> assertThat(e.status()).isEqualTo(status)).hasMessage(message);
    }

    @Test
    void theAdministratorGetsACertificateFromTheNetworksAuthorityForTheNameAndKeyItAsked() throws Exception {
        SigningKey key = SigningKey.generate(KeyAlgorithm.ED25519);

        Certificate certificate = identities(admin).certify("carol", key.publicKey());

        assertThat(certificate.subjectName()).isEqualTo("carol");
        assertThat(certificate.publicKey()).isEqualTo(key.publicKey());
        assertThat(certificate.isSignedBy(authority().publicKey())).isTrue();
        assertThat(certificate.isValidAt(Instant.now())).isTrue();
    }

    @Test
    void anUnsignedRequestIsRefusedWith401SayingTheAdministratorMustSignIt() throws Exception {
        SigningKey key = SigningKey.generate(KeyAlgorithm.ECDSA_P256);
        String unsigned = JSON.createObjectNode().put("name", "mallory")
                .put("publicKey", Base64.getEncoder().encodeToString(key.publicKey().subjectPublicKeyInfo())).toString();

        HttpResponse<String> answer = node.post(CERTIFICATES, unsigned);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(answer.body()).get("error").asText()).isEqualTo("The network's CA certifies a key only"
                + " on a request signed by the network administrator: a signed {\"read\": \"certificate\", \"network\","
                + " \"name\", \"publicKey\"} in the envelope of a signed read (docs/ledger-protocol.md). A transaction is"
                + " {\"transactionId\", \"identityId\", \"timestamp\" (epoch milliseconds), \"payload\" and \"signature\""
                + " (base64)}: transactionId is missing");
        HttpResponse<String> notJson = node.post(CERTIFICATES, "name=mallory");
        assertThat(notJson.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(notJson.body()).get("error").asText()).contains("The request body is not JSON")
                .doesNotContain("\tat ", "Exception:");
    }

    @Test
    void aRequestWhoseSignatureDoesNotVerifyIsRefusedWith401() {
        SignedTransaction signed = TransactionSigner.of(admin).signPayload(
                request("carol", SigningKey.generate(KeyAlgorithm.ECDSA_P256)).getBytes(UTF_8), Instant.now());
        SignedTransaction otherKey = TransactionSigner.of(admin).signPayload(
                request("mallory", SigningKey.generate(KeyAlgorithm.ECDSA_P256)).getBytes(UTF_8), Instant.now());
        SignedTransaction tampered = new SignedTransaction(signed.transactionId(), signed.identityId(), signed.timestamp(),
                otherKey.payload(), signed.signature());

        refused(() -> client.certify(NETWORK, tampered), 401, "The signature of transaction " + signed.transactionId()
                + " does not verify with the key of identity 'admin' (" + admin.identityId() + ")");
    }

    @Test
    void aKeyTheNetworkNeverBoundIsRefusedWith401() {
        SigningKey key = SigningKey.generate(KeyAlgorithm.ECDSA_P256);
        Card stranger = Card.of(admin.connection(), identities(admin).certify("mallory", key.publicKey()), key);

        refused(() -> identities(stranger).certify("mallory2", key.publicKey()), 401,
                "Identity " + stranger.identityId() + " is not known to network " + NETWORK);
    }

    @Test
    void aParticipantsOwnIdentityIsRefusedWith403NamingItsParticipant() {
        SigningKey key = SigningKey.generate(KeyAlgorithm.ECDSA_P256);

        refused(() -> identities(alice).certify("alice2", key.publicKey()), 403, "Only the network administrator may have"
                + " the CA of network " + NETWORK + " certify a key: identity " + alice.identityId() + " is bound to"
                + " participant '" + NS + "Holder#alice'");
    }

    @Test
    void aSecondAdministratorIdentityIsCertifiedForUntilItIsRevoked() {
        SigningKey deputyKey = SigningKey.generate(KeyAlgorithm.ECDSA_P256);
        Certificate deputyCertificate = identities(admin).certify("deputy", deputyKey.publicKey());
        SubmitResult bound = identities(admin).bind("resource:" + NetworkAdmin.TYPE + "#admin", deputyCertificate);
        assertThat(bound.committed()).isTrue();
        Card deputy = Card.of(admin.connection(), deputyCertificate, deputyKey);
        assertThat(identities(deputy).certify("dave", SigningKey.generate(KeyAlgorithm.ECDSA_P256).publicKey())
                .subjectName()).isEqualTo("dave");

        identities(admin).revoke(deputy.identityId());

        refused(() -> identities(deputy).certify("erin", SigningKey.generate(KeyAlgorithm.ECDSA_P256).publicKey()), 401,
                "Identity 'deputy' (" + deputy.identityId() + ") has been revoked");
    }

    @Test
    void aCertificateRequestIsNoReadAReadIsNoCertificateRequestAndEachFieldIsChecked() {
        TransactionSigner signer = TransactionSigner.of(admin);
        SignedTransaction certificate = signer.signPayload(request("carol", SigningKey.generate(KeyAlgorithm.ECDSA_P256))
                .getBytes(UTF_8), Instant.now());
        refused(() -> client.read(NETWORK, certificate), 400, "A certificate comes from the network's CA: send this"
                + " request to POST /v1/networks/" + NETWORK + "/certificates");

        SignedTransaction block = signer.signPayload("{\"read\":\"block\",\"number\":0}".getBytes(UTF_8), Instant.now());
        refused(() -> client.certify(NETWORK, block), 400, "POST /v1/networks/" + NETWORK + "/certificates takes a"
                + " signed {\"read\": \"certificate\", \"network\", \"name\", \"publicKey\"}, not a \"block\" read:"
                + " send that to /reads");

        SignedTransaction anyNetwork = signer.signPayload(("{\"read\":\"certificate\",\"name\":\"carol\",\"publicKey\":"
                + "\"AAAA\"}").getBytes(UTF_8), Instant.now());
        refused(() -> client.certify(NETWORK, anyNetwork), 400, "A certificate request names its network: \"network\":"
                + " \"" + NETWORK + "\"");
        SignedTransaction badKey = signer.signPayload(("{\"read\":\"certificate\",\"network\":\"" + NETWORK
                + "\",\"name\":\"carol\",\"publicKey\":\"AAAA\"}").getBytes(UTF_8), Instant.now());
        assertThatThrownBy(() -> client.certify(NETWORK, badKey)).isInstanceOfSatisfying(LedgerClientException.class,
                e -> assertThat(e.status()).isEqualTo(400)).hasMessageStartingWith("Not a DER SubjectPublicKeyInfo");
    }
}
