package dev.charter.cli;

import static dev.charter.cli.NodeProcess.charter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.ledger.card.Card;
import dev.charter.ledger.client.LedgerClientException;
import dev.charter.ledger.client.NetworkReader;
import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.crypto.SigningKey;
import dev.charter.ledger.identity.CertificateAuthority;
import dev.charter.ledger.identity.IssuedIdentity;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The identity life cycle of a network on a real node process, driven by {@code bin/charter identity …} as its
 * administrator would: issue, bind, revoke and list, each followed by what the identity can then do on the
 * network, and the refusals, each one line without a stack trace.
 */
class IdentityNodeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOC = "org.example.loc.";

    @TempDir
    static Path dir;

    private static NodeProcess node;

    @BeforeAll
    static void deployTheLetterOfCreditNetworkWithItsDemoParticipants() throws Exception {
        Path archive = dir.resolve("loc.cna");
        NodeProcess.Run compiled = charter("compile", NodeProcess.ROOT.resolve("examples/letter-of-credit").toString(),
                "-o", archive.toString());
        assertThat(compiled.exit()).as(compiled.out() + compiled.err()).isZero();
        node = NodeProcess.start(dir.resolve("data"));
        NodeProcess.Run deploy = charter("network", "deploy", archive.toString(), "--card", card("admin").toString(),
                "--node", node.url());
        assertThat(deploy.exit()).as(deploy.err()).isZero();
        committed(charter("submit", "--card", card("admin").toString(), "{\"$class\": \"" + LOC + "CreateDemoParticipants\"}"));
    }

    @AfterAll
    static void stopNode() throws Exception {
        if (node != null) {
            node.close();
        }
    }

    private static Path card(String name) {
        return dir.resolve(name + ".card");
    }

    private static NodeProcess.Run identity(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("identity"));
        command.addAll(List.of(arguments));
        return charter(command.toArray(String[]::new));
    }

    private static String ok(NodeProcess.Run run) {
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return run.out();
    }

    private static void committed(NodeProcess.Run run) {
        assertThat(ok(run)).containsPattern("committed in block \\d+");
    }

    /** Exit 1 (refused) or 2 (bad arguments) and one line on stderr, saying why: no stack trace. */
    private static String refusal(NodeProcess.Run run, int exit) {
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(exit);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("Exception");
        return run.err().strip();
    }

    /** An InitialApplication by {@code applicant} (a Customer) for a letter to {@code beneficiary}. */
    private static NodeProcess.Run apply(String applicant, String beneficiary, String letterId) throws Exception {
        return charter("submit", "--card", card(applicant).toString(), """
                { "$class": "org.example.loc.InitialApplication", "letterId": "%s",
                  "applicant": "resource:org.example.loc.Customer#%s",
                  "beneficiary": "resource:org.example.loc.Customer#%s",
                  "rules": [],
                  "productDetails": { "$class": "org.example.loc.ProductDetails", "productType": "Computers",
                                      "quantity": 1, "pricePerUnit": 450 } }
                """.formatted(letterId, applicant, beneficiary));
    }

    /** The line {@code identity list} prints for the identity {@code name}. */
    private static String listed(String name) throws Exception {
        String list = ok(identity("list", "--card", card("admin").toString()));
        assertThat(list.lines().findFirst()).hasValueSatisfying(header -> assertThat(header)
                .matches("NAME +STATE +PARTICIPANT +IDENTITY ID"));
        return list.lines().filter(line -> line.startsWith(name + " ")).findFirst().orElseThrow(() ->
                new AssertionError("identity list has no line for " + name + ":\n" + list));
    }

    @Test
    void anIssuedIdentitysCardIsTheOwnersOnlyAndSubmitsAndReadsAsItsParticipant() throws Exception {
        String issued = ok(identity("issue", "--card", card("admin").toString(), "--participant", LOC + "Customer#alice",
                "--algorithm", "ed25519", "--out", card("alice").toString()));
        String id = Card.read(card("alice")).identityId();
        assertThat(issued).matches("Issued identity alice \\(" + id + "\\) for org.example.loc.Customer#alice in block"
                + " \\d+ → " + Pattern.quote(card("alice").toString()) + "\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(card("alice")))).isEqualTo("rw-------");
        assertThat(ok(identity("card", card("alice").toString()))).startsWith("card:        alice@letter-of-credit\n"
                + "user:        alice\nnetwork:     letter-of-credit at " + node.url() + "\nidentity:    " + id
                + "\nalgorithm:   ed25519\ncertificate: issued by letter-of-credit CA, valid from ")
                .doesNotContain("PRIVATE KEY");

        committed(apply("alice", "bob", "ALICE-1"));
        JsonNode letter = JSON.readTree(ok(charter("query", "--card", card("alice").toString(), "resource",
                LOC + "LetterOfCredit", "ALICE-1")));
        assertThat(letter.get("applicant").asText()).isEqualTo("resource:org.example.loc.Customer#alice");
        assertThat(listed("alice")).matches("alice +BOUND +org\\.example\\.loc\\.Customer#alice +" + id);
    }

    @Test
    void aCertificateFromAnotherAuthorityIsBoundAndItsHolderSignsWithTheirOwnKey() throws Exception {
        Instant now = Instant.now();
        IssuedIdentity external = CertificateAuthority.create("fabric-org1", KeyAlgorithm.ECDSA_P256, now)
                .issue("bob", KeyAlgorithm.ECDSA_P256, now);
        Path pem = Files.writeString(dir.resolve("bob.pem"), external.certificate().pem());
        String id = external.certificate().identityId().hex();

        assertThat(ok(identity("bind", "--card", card("admin").toString(), "--participant", LOC + "Customer#bob",
                "--certificate", pem.toString()))).matches("Bound identity bob \\(" + id
                + "\\) to org.example.loc.Customer#bob in block \\d+\n");
        assertThat(listed("bob")).matches("bob +BOUND +org\\.example\\.loc\\.Customer#bob +" + id);

        // the holder makes their own card from their key and certificate
        Card.of(new Card.Connection("letter-of-credit", node.url()), external.certificate(), external.key())
                .write(card("bob"));
        committed(apply("bob", "alice", "BOB-1"));

        NodeProcess.Run again = identity("bind", "--card", card("admin").toString(), "--participant",
                LOC + "Customer#alice", "--certificate", pem.toString());
        assertThat(refusal(again, 1)).isEqualTo("charter identity bind: The key of this certificate already has identity"
                + " 'bob' (" + id + ") in network letter-of-credit");
    }

    @Test
    void aRevokedIdentitysTransactionsAndReadsAreRefusedWithTheReason() throws Exception {
        ok(identity("issue", "--card", card("admin").toString(), "--participant", LOC + "BankEmployee#matias", "--out",
                card("matias").toString()));
        String id = Card.read(card("matias")).identityId();
        ok(charter("query", "--card", card("matias").toString(), "resource", LOC + "Bank"));

        assertThat(ok(identity("revoke", "--card", card("admin").toString(), "matias")))
                .matches("Revoked identity matias \\(" + id + "\\) in block \\d+\n");
        String reason = "Identity 'matias' (" + id + ") has been revoked";
        assertThat(listed("matias")).matches("matias +REVOKED +org\\.example\\.loc\\.BankEmployee#matias +" + id);

        NodeProcess.Run submit = charter("submit", "--card", card("matias").toString(), "{\"$class\": \"" + LOC
                + "CreateDemoParticipants\"}");
        assertThat(refusal(submit, 1)).contains(" refused before ordering: " + reason);
        assertThat(refusal(charter("query", "--card", card("matias").toString(), "resource", LOC + "Bank"), 1))
                .isEqualTo("charter query: " + reason);
        assertThatThrownBy(() -> new NetworkReader(node.client(), Card.read(card("matias"))).ping())
                .isInstanceOfSatisfying(LedgerClientException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.getMessage()).isEqualTo(reason);
                });

        assertThat(refusal(identity("revoke", "--card", card("admin").toString(), id), 1))
                .isEqualTo("charter identity revoke: Identity 'matias' (" + id + ") has already been revoked");
        assertThat(refusal(identity("revoke", "--card", card("admin").toString(), "matias"), 1))
                .isEqualTo("charter identity revoke: Network letter-of-credit has no live identity named 'matias'");
    }

    @Test
    void theListIsJsonOnRequestWithTheAdministratorActivated() throws Exception {
        JsonNode identities = JSON.readTree(ok(identity("list", "--card", card("admin").toString(), "--json")));
        assertThat(identities.isArray()).isTrue();
        assertThat(identities).anySatisfy(identity -> {
            assertThat(identity.get("$class").asText()).isEqualTo("org.hyperledger.composer.system.Identity");
            assertThat(identity.get("name").asText()).isEqualTo("admin");
            assertThat(identity.get("state").asText()).isEqualTo("ACTIVATED");
            assertThat(identity.get("participant").asText())
                    .isEqualTo("resource:org.hyperledger.composer.system.NetworkAdmin#admin");
            assertThat(identity.get("identityId").asText()).isEqualTo(Card.read(card("admin")).identityId());
            assertThat(identity.get("certificate").asText()).startsWith("-----BEGIN CERTIFICATE-----");
        });
    }

    @Test
    void theNodesAuthorityRefusesACertificateRequestNobodySignedWith401() throws Exception {
        String unsigned = JSON.createObjectNode().put("name", "mallory").put("publicKey", Base64.getEncoder()
                .encodeToString(SigningKey.generate(KeyAlgorithm.ECDSA_P256).publicKey().subjectPublicKeyInfo())).toString();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node.url()
                + "/v1/networks/letter-of-credit/certificates")).POST(HttpRequest.BodyPublishers.ofString(unsigned))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(answer.body()).get("error").asText()).startsWith("The network's CA certifies a key"
                + " only on a request signed by the network administrator");
    }

    @Test
    void whatTheNodeRefusesAndWhatIsMistypedIsOneLineSayingWhy() throws Exception {
        String admin = card("admin").toString();
        assertThat(refusal(identity("issue", "--card", admin, "--participant", LOC + "Customer#nobody", "--out",
                card("nobody").toString()), 1)).isEqualTo("charter identity issue: Participant"
                + " 'org.example.loc.Customer#nobody' does not exist in network letter-of-credit");
        assertThat(card("nobody")).doesNotExist();

        ok(identity("issue", "--card", admin, "--participant", LOC + "BankEmployee#ella", "--out",
                card("ella").toString()));
        assertThat(refusal(identity("issue", "--card", card("ella").toString(), "--participant", LOC + "Customer#bob",
                "--name", "bob2", "--out", card("bob2").toString()), 1)).isEqualTo("charter identity issue: Only the"
                + " network administrator may have the CA of network letter-of-credit certify a key: identity "
                + Card.read(card("ella")).identityId() + " is bound to participant '" + LOC + "BankEmployee#ella'");
        assertThat(card("bob2")).doesNotExist();
        assertThat(refusal(identity("revoke", "--card", card("ella").toString(), "ella"), 1)).isEqualTo("charter"
                + " identity revoke: Only the network administrator may submit"
                + " org.hyperledger.composer.system.RevokeIdentity");

        assertThat(refusal(identity("revoke", "--card", admin, "carol"), 1))
                .isEqualTo("charter identity revoke: Network letter-of-credit has no live identity named 'carol'");
        String unknown = "0".repeat(64);
        assertThat(refusal(identity("revoke", "--card", admin, unknown), 1)).isEqualTo("charter identity revoke:"
                + " Identity " + unknown + " is not known to network letter-of-credit");
        assertThat(refusal(identity("list", "--card", admin, "--node", "http://127.0.0.1:1"), 1))
                .isEqualTo("charter identity list: Cannot reach the node at http://127.0.0.1:1/: nothing listens there");

        assertThat(refusal(identity("issue", "--card", admin, "--participant", "alice", "--out",
                card("a").toString()), 2)).isEqualTo("charter identity issue: Invalid participant 'alice': expected"
                + " <namespace>.<Type>#<id>, such as org.example.loc.Customer#alice");
        assertThat(refusal(identity("issue", "--card", admin, "--participant", LOC + "Customer#alice", "--algorithm",
                "rsa", "--out", card("a").toString()), 2)).isEqualTo("charter identity issue: Unknown key algorithm"
                + " 'rsa': expected one of ecdsa-p256, ed25519");
        assertThat(refusal(identity("issue", "--card", admin, "--participant", LOC + "Customer#alice", "--out", admin), 2))
                .isEqualTo("charter identity issue: " + admin + " exists; remove it first to replace it");
        Path notPem = Files.writeString(dir.resolve("x.pem"), "hello");
        assertThat(refusal(identity("bind", "--card", admin, "--participant", LOC + "Customer#alice", "--certificate",
                notPem.toString()), 2)).isEqualTo("charter identity bind: " + notPem + ": No PEM CERTIFICATE found:"
                + " expected a block starting with -----BEGIN CERTIFICATE-----");
        assertThat(refusal(identity("list"), 2)).isEqualTo("charter identity list: name the identity to act as with"
                + " --card <file>");
    }
}
