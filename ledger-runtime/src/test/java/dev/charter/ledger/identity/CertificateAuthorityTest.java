package dev.charter.ledger.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.ledger.crypto.Certificate;
import dev.charter.ledger.crypto.IdentityId;
import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.crypto.SigningKey;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CertificateAuthorityTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void issuedCertificatesVerifyWithTheJdkAgainstTheRoot(KeyAlgorithm algorithm) throws Exception {
        CertificateAuthority ca = CertificateAuthority.create("trade-network", algorithm, NOW);
        IssuedIdentity alice = ca.issue("alice", KeyAlgorithm.ECDSA_P256, NOW);

        X509Certificate root = jdk(ca.certificate());
        X509Certificate certificate = jdk(alice.certificate());
        root.verify(root.getPublicKey());
        certificate.verify(root.getPublicKey());
        certificate.checkValidity(java.util.Date.from(NOW));
        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("O=trade-network,CN=alice");
        assertThat(certificate.getIssuerX500Principal().getName()).isEqualTo("O=trade-network,CN=trade-network CA");
        assertThat(root.getBasicConstraints()).isZero();
        assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
        assertThat(certificate.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(certificate.getExtendedKeyUsage()).isEqualTo(List.of("1.3.6.1.5.5.7.3.2"));
        assertThat(alice.certificate().subjectName()).isEqualTo("alice");
        assertThat(alice.certificate().isSignedBy(ca.certificate().publicKey())).isTrue();
        assertThat(alice.certificate().isSignedBy(SigningKey.generate(algorithm).publicKey())).isFalse();
    }

    @Test
    void identityIdIsTheHashOfTheCertificatesPublicKeyAsTheJdkSeesIt() throws Exception {
        CertificateAuthority ca = CertificateAuthority.create("n", KeyAlgorithm.ECDSA_P256, NOW);
        IssuedIdentity alice = ca.issue("alice", KeyAlgorithm.ED25519, NOW);
        byte[] spki = jdk(alice.certificate()).getPublicKey().getEncoded();
        assertThat(alice.certificate().identityId()).isEqualTo(IdentityId.ofSubjectPublicKeyInfo(spki));
        assertThat(alice.certificate().identityId()).isEqualTo(alice.key().publicKey().identityId());
    }

    @Test
    void certificatesAreValidFromFiveMinutesBeforeIssueForAYear() {
        CertificateAuthority ca = CertificateAuthority.create("n", KeyAlgorithm.ECDSA_P256, NOW);
        Certificate alice = ca.issue("alice", KeyAlgorithm.ECDSA_P256, NOW).certificate();
        assertThat(alice.notBefore()).isEqualTo(NOW.minus(CertificateAuthority.CLOCK_SKEW));
        assertThat(alice.notAfter()).isEqualTo(alice.notBefore().plus(CertificateAuthority.IDENTITY_VALIDITY));
    }

    @Test
    void anAuthorityIsRebuiltOnlyFromItsOwnKey() {
        CertificateAuthority ca = CertificateAuthority.create("n", KeyAlgorithm.ECDSA_P256, NOW);
        assertThat(CertificateAuthority.of("n", ca.certificate(), ca.key()).certificate()).isEqualTo(ca.certificate());
        assertThatThrownBy(() -> CertificateAuthority.of("n", ca.certificate(), SigningKey.generate(KeyAlgorithm.ECDSA_P256)))
                .hasMessageContaining("is not the key of its certificate");
        IssuedIdentity alice = ca.issue("alice", KeyAlgorithm.ECDSA_P256, NOW);
        assertThatThrownBy(() -> CertificateAuthority.of("n", alice.certificate(), alice.key()))
                .hasMessageContaining("is not a self-signed certificate authority");
    }

    @Test
    void namesWithControlCharactersAreRefused() {
        CertificateAuthority ca = CertificateAuthority.create("n", KeyAlgorithm.ECDSA_P256, NOW);
        assertThatThrownBy(() -> ca.issue("al\nice", KeyAlgorithm.ECDSA_P256, NOW))
                .hasMessage("Invalid identity name 'al\nice': it must be non-empty and hold no control characters");
    }

    static X509Certificate jdk(Certificate certificate) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(certificate.der()));
    }
}
