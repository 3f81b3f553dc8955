package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.ledger.card.Card;
import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.identity.CertificateAuthority;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityCommandTest {

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private Path ca;

    private int charter(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Charter.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @BeforeEach
    void createAuthority() {
        ca = dir.resolve("ca");
        assertThat(charter("identity", "ca", "init", "--network", "loc-network", "--ca", ca.toString())).isZero();
        assertThat(out.toString()).startsWith("Created the certificate authority of network loc-network in " + ca
                + " (ecdsa-p256)\nNetwork administrator: identity ");
    }

    @Test
    void issuedCardIsListedAndRevokedByName() {
        Path card = dir.resolve("alice.card");
        assertThat(charter("identity", "issue", "--ca", ca.toString(), "--participant", "org.example.loc.Customer#alice",
                "--algorithm", "ed25519", "--out", card.toString())).isZero();
        String id = Card.read(card).identityId();
        assertThat(out.toString()).isEqualTo("Issued identity alice (" + id + ") for org.example.loc.Customer#alice → "
                + card + "\n");

        assertThat(charter("identity", "revoke", "--ca", ca.toString(), "alice")).isZero();
        assertThat(out.toString()).isEqualTo("Revoked identity alice (" + id + ")\n");
        assertThat(charter("identity", "list", "--ca", ca.toString())).isZero();
        assertThat(out.toString()).contains(id + "  REVOKED    alice  org.example.loc.Customer#alice\n")
                .contains("ACTIVATED  admin  org.hyperledger.composer.system.NetworkAdmin#admin\n");
        assertThat(charter("identity", "revoke", "--ca", ca.toString(), id)).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("charter identity revoke: Identity 'alice' (" + id
                + ") has already been revoked\n");
    }

    @Test
    void boundCertificateIsListedAsBound() throws Exception {
        Path pem = dir.resolve("bob.pem");
        Instant now = Instant.now();
        var external = CertificateAuthority.create("fabric", KeyAlgorithm.ECDSA_P256, now).issue("bob", KeyAlgorithm.ECDSA_P256, now);
        Files.writeString(pem, external.certificate().pem());
        assertThat(charter("identity", "bind", "--ca", ca.toString(), "--participant", "org.example.loc.Bank#bob",
                "--certificate", pem.toString())).isZero();
        assertThat(out.toString()).isEqualTo("Bound identity bob (" + external.certificate().identityId()
                + ") to org.example.loc.Bank#bob\n");
        charter("identity", "list", "--ca", ca.toString());
        assertThat(out.toString()).contains(external.certificate().identityId() + "  BOUND      bob  org.example.loc.Bank#bob");
    }

    @Test
    void badInputGetsOneLineAndExitCodeTwo() throws Exception {
        assertThat(charter("identity", "issue", "--ca", ca.toString(), "--participant", "alice", "--out",
                dir.resolve("a.card").toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("charter identity issue: Invalid participant 'alice': expected"
                + " <namespace>.<Type>#<id>, such as org.example.loc.Customer#alice\n");

        assertThat(charter("identity", "issue", "--ca", ca.toString(), "--participant", "a.B#c", "--algorithm", "rsa",
                "--out", dir.resolve("a.card").toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("charter identity issue: Unknown key algorithm 'rsa': expected one of"
                + " ecdsa-p256, ed25519\n");

        Path missing = dir.resolve("nowhere");
        assertThat(charter("identity", "list", "--ca", missing.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("charter identity list: " + missing + " is not a certificate authority"
                + " directory: it has no network.json (create one with: charter identity ca init --network <name> --ca "
                + missing + ")\n");

        Path notPem = Files.writeString(dir.resolve("x.pem"), "hello");
        assertThat(charter("identity", "bind", "--ca", ca.toString(), "--participant", "a.B#c", "--certificate",
                notPem.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("charter identity bind: " + notPem + ": No PEM CERTIFICATE found: expected"
                + " a block starting with -----BEGIN CERTIFICATE-----\n");

        assertThat(charter("identity", "issue", "--ca", ca.toString(), "--participant", "a.B#c", "--out",
                ca.resolve("admin.card").toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("charter identity issue: " + ca.resolve("admin.card")
                + " exists; remove it first to replace it\n");
    }
}
