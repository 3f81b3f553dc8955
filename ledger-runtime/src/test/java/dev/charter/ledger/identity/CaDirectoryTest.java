package dev.charter.ledger.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.ledger.card.Card;
import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.runtime.resource.Identity;
import dev.charter.runtime.resource.IdentityState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaDirectoryTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void initCreatesTheAuthorityAndTheAdministratorsCard() throws Exception {
        Path caDir = dir.resolve("ca");
        CaDirectory ca = CaDirectory.init(caDir, "loc-network", "http://localhost:7050", KeyAlgorithm.ECDSA_P256, NOW);

        Card admin = Card.read(caDir.resolve(CaDirectory.ADMIN_CARD));
        assertThat(admin.name()).isEqualTo("admin@loc-network");
        assertThat(admin.certificate().isSignedBy(ca.authority().certificate().publicKey())).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(caDir.resolve(CaDirectory.KEY_FILE))))
                .isEqualTo("rw-------");
        Identity identity = CaDirectory.open(caDir).registry().find(admin.identityId()).orElseThrow();
        assertThat(identity.getParticipant().toString()).isEqualTo("resource:org.hyperledger.composer.system.NetworkAdmin#admin");
        assertThat(identity.getState()).isEqualTo(IdentityState.ACTIVATED);
    }

    @Test
    void issueBindAndRevokeSurviveReopening() throws Exception {
        Path caDir = dir.resolve("ca");
        CaDirectory ca = CaDirectory.init(caDir, "loc-network", "http://localhost:7050", KeyAlgorithm.ED25519, NOW);
        Card alice = ca.issue(CaDirectory.participant("org.example.loc.Customer#alice"), "alice", KeyAlgorithm.ED25519,
                dir.resolve("alice.card"), NOW);
        IssuedIdentity external = CertificateAuthority.create("other", KeyAlgorithm.ECDSA_P256, NOW)
                .issue("bob", KeyAlgorithm.ECDSA_P256, NOW);
        ca.bind(CaDirectory.participant("org.example.loc.Customer#bob"), external.certificate());
        ca.revoke("alice");

        CaDirectory reopened = CaDirectory.open(caDir);
        assertThat(reopened.registry().all()).extracting(i -> i.getName() + " " + i.getState())
                .containsExactlyInAnyOrder("admin ACTIVATED", "alice REVOKED", "bob BOUND");
        assertThat(reopened.registry().find(alice.identityId()).orElseThrow().getParticipant().toString())
                .isEqualTo("resource:org.example.loc.Customer#alice");
        assertThat(Card.read(dir.resolve("alice.card")).connection())
                .isEqualTo(new Card.Connection("loc-network", "http://localhost:7050"));
    }

    @Test
    void issuingANameTwiceIsRefusedBeforeACardIsWritten() throws Exception {
        CaDirectory ca = CaDirectory.init(dir.resolve("ca"), "n", "http://localhost:7050", KeyAlgorithm.ECDSA_P256, NOW);
        ca.issue(CaDirectory.participant("org.example.loc.Customer#alice"), "alice", KeyAlgorithm.ECDSA_P256,
                dir.resolve("alice.card"), NOW);
        assertThatThrownBy(() -> ca.issue(CaDirectory.participant("org.example.loc.Customer#alice"), "alice",
                KeyAlgorithm.ECDSA_P256, dir.resolve("alice2.card"), NOW))
                .isInstanceOf(IdentityException.class).hasMessage("Network n already has an identity named 'alice'");
        assertThat(dir.resolve("alice2.card")).doesNotExist();
    }

    @Test
    void directoriesThatAreNotAuthoritiesAreNamed() throws Exception {
        assertThatThrownBy(() -> CaDirectory.open(dir))
                .hasMessage(dir + " is not a certificate authority directory: it has no network.json");
        Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> CaDirectory.init(dir, "n", "u", KeyAlgorithm.ECDSA_P256, NOW))
                .hasMessage(dir + " exists and is not an empty directory");
        assertThatThrownBy(() -> CaDirectory.participant("Customer#alice"))
                .hasMessage("Invalid participant 'Customer#alice': expected <namespace>.<Type>#<id>, such as"
                        + " org.example.loc.Customer#alice");
    }
}
