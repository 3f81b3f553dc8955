package dev.charter.ledger.crypto;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.ContentSigner;

/** Signs and checks X.509 certificates with {@link SigningKey} and {@link VerifyingKey}, without a JCA provider. */
public final class CertificateSigning {

    private CertificateSigning() {
    }

    /** A content signer for bcpkix's certificate builders: ecdsa-with-SHA256 or Ed25519, by the key. */
    public static ContentSigner contentSigner(SigningKey key) {
        AlgorithmIdentifier algorithm = new AlgorithmIdentifier(signatureAlgorithm(key.algorithm()));
        ByteArrayOutputStream content = new ByteArrayOutputStream(1024);
        return new ContentSigner() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return algorithm;
            }

            @Override
            public OutputStream getOutputStream() {
                return content;
            }

            @Override
            public byte[] getSignature() {
                return key.sign(content.toByteArray());
            }
        };
    }

    /** True when the certificate's signature algorithm is the key's and its signature verifies with the key. */
    static boolean verifies(X509CertificateHolder certificate, VerifyingKey issuer) {
        org.bouncycastle.asn1.x509.Certificate structure = certificate.toASN1Structure();
        if (!structure.getSignatureAlgorithm().getAlgorithm().equals(signatureAlgorithm(issuer.algorithm()))) {
            return false;
        }
        try {
            return issuer.verify(structure.getTBSCertificate().getEncoded(ASN1Encoding.DER),
                    structure.getSignature().getOctets());
        } catch (IOException e) {
            return false;
        }
    }

    private static ASN1ObjectIdentifier signatureAlgorithm(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            case ECDSA_P256 -> X9ObjectIdentifiers.ecdsa_with_SHA256;
            case ED25519 -> EdECObjectIdentifiers.id_Ed25519;
        };
    }
}
