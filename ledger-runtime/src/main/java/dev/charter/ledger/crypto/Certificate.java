package dev.charter.ledger.crypto;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * An X.509 certificate of an identity or a certificate authority, with its public key read once.
 * Immutable.
 */
public final class Certificate {

    private final X509CertificateHolder holder;
    private final VerifyingKey publicKey;
    /** The validity period, read once: admission checks it for every transaction. */
    private final Instant notBefore;
    private final Instant notAfter;

    /** @throws IllegalArgumentException when the certificate's key is neither P-256 ECDSA nor Ed25519 */
    public Certificate(X509CertificateHolder holder) {
        this.holder = holder;
        this.publicKey = VerifyingKey.of(holder.getSubjectPublicKeyInfo());
        this.notBefore = holder.getNotBefore().toInstant();
        this.notAfter = holder.getNotAfter().toInstant();
    }

    /** @throws IllegalArgumentException when the bytes are not a DER certificate with a supported key */
    public static Certificate ofDer(byte[] der) {
        try {
            return new Certificate(new X509CertificateHolder(der));
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException known && known.getMessage().startsWith("Unsupported")) {
                throw known;
            }
            throw new IllegalArgumentException("Not a DER X.509 certificate: " + e.getMessage(), e);
        }
    }

    /** @throws IllegalArgumentException when the text holds no PEM certificate, or more than one */
    public static Certificate ofPem(String pem) {
        return ofDer(Pem.decode(pem, Pem.CERTIFICATE));
    }

    public X509CertificateHolder holder() {
        return holder;
    }

    public VerifyingKey publicKey() {
        return publicKey;
    }

    /** SHA-256 of the certificate's public key (see {@link IdentityId}). */
    public IdentityId identityId() {
        return publicKey.identityId();
    }

    /** The subject's common name, or the whole subject when it has none. */
    public String subjectName() {
        return commonName(holder.getSubject());
    }

    /** The issuer's common name, or the whole issuer name when it has none. */
    public String issuerName() {
        return commonName(holder.getIssuer());
    }

    public Instant notBefore() {
        return notBefore;
    }

    public Instant notAfter() {
        return notAfter;
    }

    /** True when {@code instant} is within the validity period, both ends included. */
    public boolean isValidAt(Instant instant) {
        return !instant.isBefore(notBefore) && !instant.isAfter(notAfter);
    }

    /** True when this certificate's signature verifies with the given issuer's public key. */
    public boolean isSignedBy(VerifyingKey issuer) {
        return CertificateSigning.verifies(holder, issuer);
    }

    public byte[] der() {
        try {
            return holder.getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot encode a certificate that was decoded", e);
        }
    }

    public String pem() {
        return Pem.encode(Pem.CERTIFICATE, der());
    }

    private static String commonName(X500Name name) {
        RDN[] cn = name.getRDNs(BCStyle.CN);
        return cn.length == 0 ? name.toString() : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Certificate that && Arrays.equals(der(), that.der());
    }

    @Override
    public int hashCode() {
        return holder.hashCode();
    }

    @Override
    public String toString() {
        return "certificate of '" + subjectName() + "' issued by '" + issuerName() + "' (" + publicKey.algorithm()
                + ", identity " + identityId() + ")";
    }
}
