package dev.charter.ledger.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PemTest {

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void privateKeyReadBackSignsForTheSameIdentity(KeyAlgorithm algorithm) {
        SigningKey key = SigningKey.generate(algorithm);
        String pem = Pem.encodePrivateKey(key);
        assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----\n");
        SigningKey read = Pem.decodePrivateKey(pem);
        assertThat(read.algorithm()).isEqualTo(algorithm);
        assertThat(read.publicKey().identityId()).isEqualTo(key.publicKey().identityId());
        byte[] message = "m".getBytes(StandardCharsets.UTF_8);
        assertThat(key.publicKey().verify(message, read.sign(message))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void publicKeyReadBackIsTheSameKey(KeyAlgorithm algorithm) {
        VerifyingKey key = SigningKey.generate(algorithm).publicKey();
        assertThat(Pem.decodePublicKey(Pem.encodePublicKey(key))).isEqualTo(key);
    }

    @Test
    void aPublicKeyWhereAPrivateKeyIsExpectedIsNamed() {
        String pem = Pem.encodePublicKey(SigningKey.generate(KeyAlgorithm.ED25519).publicKey());
        assertThatThrownBy(() -> Pem.decodePrivateKey(pem)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Expected a PEM PRIVATE KEY but found a PUBLIC KEY");
    }

    @Test
    void textWithoutPemSaysWhatWasExpected() {
        assertThatThrownBy(() -> Certificate.ofPem("hello")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No PEM CERTIFICATE found: expected a block starting with -----BEGIN CERTIFICATE-----");
    }

    @Test
    void garbageInsideAPemBlockIsNotACertificate() {
        String pem = Pem.encode(Pem.CERTIFICATE, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> Certificate.ofPem(pem)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not a DER X.509 certificate");
    }

    @Test
    void aKeyHasOneIdentityIdHoweverItsPointIsEncoded() throws Exception {
        VerifyingKey key = SigningKey.generate(KeyAlgorithm.ECDSA_P256).publicKey();
        SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(key.subjectPublicKeyInfo());
        byte[] compressed = EcdsaP256.DOMAIN.getCurve().decodePoint(info.getPublicKeyData().getBytes()).getEncoded(true);
        VerifyingKey read = VerifyingKey.ofSubjectPublicKeyInfo(
                new SubjectPublicKeyInfo(info.getAlgorithm(), compressed).getEncoded());
        assertThat(read.identityId()).isEqualTo(key.identityId());
        assertThat(read).isEqualTo(key);
    }

    @Test
    void identityIdIsSixtyFourLowerCaseHexDigits() {
        String hex = SigningKey.generate(KeyAlgorithm.ECDSA_P256).publicKey().identityId().hex();
        assertThat(hex).matches("[0-9a-f]{64}");
        assertThatThrownBy(() -> new IdentityId(hex.toUpperCase())).hasMessageContaining("64 lower-case hexadecimal");
    }
}
