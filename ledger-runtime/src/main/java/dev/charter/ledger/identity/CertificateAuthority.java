package dev.charter.ledger.identity;

import dev.charter.ledger.crypto.Certificate;
import dev.charter.ledger.crypto.CertificateSigning;
import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.crypto.SigningKey;
import dev.charter.ledger.crypto.VerifyingKey;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.bc.BcX509ExtensionUtils;

/**
 * A network's certificate authority: a self-signed root that issues the X.509 certificates of the
 * network's identities (subject {@code CN=<identity name>, O=<network>}). Immutable and thread-safe.
 *
 * <p>The root is valid for {@link #ROOT_VALIDITY}, identities for {@link #IDENTITY_VALIDITY}; both start
 * {@link #CLOCK_SKEW} before the time of issue, so that a node whose clock is a little behind accepts them.
 */
public final class CertificateAuthority {

    public static final Duration ROOT_VALIDITY = Duration.ofDays(3650);
    public static final Duration IDENTITY_VALIDITY = Duration.ofDays(365);
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String network;
    private final SigningKey key;
    private final Certificate certificate;

    private CertificateAuthority(String network, SigningKey key, Certificate certificate) {
        this.network = network;
        this.key = key;
        this.certificate = certificate;
    }

    /** A new root for the network, with a new key of the given algorithm. */
    public static CertificateAuthority create(String network, KeyAlgorithm algorithm, Instant now) {
        requireName(network, "network name");
        SigningKey key = SigningKey.generate(algorithm);
        X500Name subject = name(network + " CA", network);
        SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(key.publicKey().subjectPublicKeyInfo());
        BcX509ExtensionUtils extensions = new BcX509ExtensionUtils();
        X509v3CertificateBuilder builder = builder(subject, subject, info, now, ROOT_VALIDITY);
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(info));
        } catch (CertIOException e) {
            throw new IllegalStateException("Cannot encode the root certificate's extensions", e);
        }
        return new CertificateAuthority(network, key,
                new Certificate(builder.build(CertificateSigning.contentSigner(key))));
    }

    /**
     * The authority of an existing root certificate and its key.
     *
     * @throws IllegalArgumentException when the key is not the certificate's, or the certificate is not a
     *         self-signed certificate authority
     */
    public static CertificateAuthority of(String network, Certificate certificate, SigningKey key) {
        requireName(network, "network name");
        if (!certificate.publicKey().equals(key.publicKey())) {
            throw new IllegalArgumentException("The private key of the certificate authority of network " + network
                    + " is not the key of its certificate (" + certificate + ")");
        }
        BasicConstraints constraints = BasicConstraints.fromExtensions(certificate.holder().getExtensions());
        if (constraints == null || !constraints.isCA() || !certificate.isSignedBy(certificate.publicKey())) {
            throw new IllegalArgumentException("The certificate of network " + network
                    + " is not a self-signed certificate authority (" + certificate + ")");
        }
        return new CertificateAuthority(network, key, certificate);
    }

    public String network() {
        return network;
    }

    public Certificate certificate() {
        return certificate;
    }

    /** The root's private key: the CA's secret. */
    public SigningKey key() {
        return key;
    }

    /** A new key of the given algorithm and its certificate for the identity {@code name}. */
    public IssuedIdentity issue(String name, KeyAlgorithm algorithm, Instant now) {
        SigningKey identityKey = SigningKey.generate(algorithm);
        return new IssuedIdentity(identityKey, certify(name, identityKey.publicKey(), now));
    }

    /** A certificate for the identity {@code name} holding {@code publicKey}, signed by this authority. */
    public Certificate certify(String name, VerifyingKey publicKey, Instant now) {
        requireName(name, "identity name");
        SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(publicKey.subjectPublicKeyInfo());
        SubjectPublicKeyInfo issuerInfo = SubjectPublicKeyInfo.getInstance(key.publicKey().subjectPublicKeyInfo());
        BcX509ExtensionUtils extensions = new BcX509ExtensionUtils();
        X509v3CertificateBuilder builder = builder(certificate.holder().getSubject(), name(name, network), info, now,
                IDENTITY_VALIDITY);
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(info))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(issuerInfo));
        } catch (CertIOException e) {
            throw new IllegalStateException("Cannot encode the extensions of the certificate of " + name, e);
        }
        return new Certificate(builder.build(CertificateSigning.contentSigner(key)));
    }

    private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, SubjectPublicKeyInfo info,
            Instant now, Duration validity) {
        Instant start = now.minus(CLOCK_SKEW).truncatedTo(ChronoUnit.SECONDS);
        // 127 random bits: positive, unique in practice, within RFC 5280's 20 octets.
        BigInteger serial = new BigInteger(127, RANDOM).setBit(0);
        return new X509v3CertificateBuilder(issuer, serial, Date.from(start), Date.from(start.plus(validity)), subject,
                info);
    }

    private static X500Name name(String commonName, String network) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).addRDN(BCStyle.O, network)
                .build();
    }

    private static void requireName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isBlank() || name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("Invalid " + what + " '" + name
                    + "': it must be non-empty and hold no control characters");
        }
    }
}
