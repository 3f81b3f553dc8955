package dev.charter.ledger.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.crypto.SigningKey;
import dev.charter.ledger.identity.CertificateAuthority;
import dev.charter.ledger.identity.IssuedIdentity;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CardTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final Card.Connection CONNECTION = new Card.Connection("trade-network", "http://localhost:7050");
    private static final CertificateAuthority CA = CertificateAuthority.create("trade-network", KeyAlgorithm.ECDSA_P256, NOW);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void cardWrittenToAFileReadsBackAndSignsForItsIdentity(KeyAlgorithm algorithm) throws Exception {
        IssuedIdentity alice = CA.issue("alice", algorithm, NOW);
        Card card = Card.of(CONNECTION, alice.certificate(), alice.key());
        Path file = dir.resolve("alice.card");
        card.write(file);

        Card read = Card.read(file);
        assertThat(read.name()).isEqualTo("alice@trade-network");
        assertThat(read.user()).isEqualTo("alice");
        assertThat(read.connection()).isEqualTo(CONNECTION);
        assertThat(read.identityId()).isEqualTo(alice.certificate().identityId().hex());
        byte[] message = "tx".getBytes(StandardCharsets.UTF_8);
        assertThat(alice.certificate().publicKey().verify(message, read.key().sign(message))).isTrue();
    }

    @Test
    void cardFileIsReadableByItsOwnerOnlyAndNeverOverwritten() throws Exception {
        IssuedIdentity alice = CA.issue("alice", KeyAlgorithm.ECDSA_P256, NOW);
        Card card = Card.of(CONNECTION, alice.certificate(), alice.key());
        Path file = dir.resolve("cards/alice.card");
        card.write(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThatThrownBy(() -> card.write(file)).isInstanceOf(FileAlreadyExistsException.class);
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void cardWhoseKeyIsNotItsCertificatesIsRefused() throws Exception {
        IssuedIdentity alice = CA.issue("alice", KeyAlgorithm.ECDSA_P256, NOW);
        String json = new String(Card.of(CONNECTION, alice.certificate(), alice.key()).toJson(), StandardCharsets.UTF_8);
        String otherKey = dev.charter.ledger.crypto.Pem.encodePrivateKey(SigningKey.generate(KeyAlgorithm.ECDSA_P256));
        String swapped = json.replaceFirst("\"privateKey\" : \"[^\"]*\"",
                "\"privateKey\" : \"" + otherKey.replace("\n", "\\\\n") + "\"");
        Path file = dir.resolve("bad.card");
        Files.writeString(file, swapped);
        assertThatThrownBy(() -> Card.read(file)).isInstanceOf(CardException.class)
                .hasMessageStartingWith(file + ": The private key of card alice@trade-network is not the key of its certificate");
    }

    @Test
    void brokenCardFilesSayWhatIsWrong() throws Exception {
        Path file = dir.resolve("x.card");
        assertThatThrownBy(() -> Card.read(file)).hasMessage(file + ": no such card file");
        Files.writeString(file, "{\"formatVersion\": 1, \"name\": \"a\"}");
        assertThatThrownBy(() -> Card.read(file)).isInstanceOf(CardException.class)
                .hasMessage(file + ": missing field certificate (a non-empty string)");
        Files.writeString(file, "{\"formatVersion\": 2}");
        assertThatThrownBy(() -> Card.read(file)).hasMessage(file + ": unsupported card format 2: this Charter reads format 1");
        Files.writeString(file, "PK\u0003\u0004");
        assertThatThrownBy(() -> Card.read(file)).hasMessageStartingWith(file + ": not a card: not JSON");
    }
}
