package dev.charter.ledger.crypto;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * A private key with its public key, signing with Bouncy Castle's lightweight API. Immutable and
 * thread-safe.
 *
 * <p>ECDSA signatures are deterministic (RFC 6979 nonces), DER-encoded and low-S normalised, the form
 * Fabric accepts; Ed25519 signatures are pure Ed25519.
 */
public final class SigningKey implements Signer {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AsymmetricKeyParameter key;
    private final VerifyingKey publicKey;

    private SigningKey(AsymmetricKeyParameter key, VerifyingKey publicKey) {
        this.key = key;
        this.publicKey = publicKey;
    }

    /** A new key pair of the algorithm, from a {@link SecureRandom}. */
    public static SigningKey generate(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            case ED25519 -> of(new Ed25519PrivateKeyParameters(RANDOM));
            case ECDSA_P256 -> {
                ECKeyPairGenerator generator = new ECKeyPairGenerator();
                generator.init(new ECKeyGenerationParameters(EcdsaP256.DOMAIN, RANDOM));
                AsymmetricCipherKeyPair pair = generator.generateKeyPair();
                yield new SigningKey(pair.getPrivate(), new VerifyingKey(KeyAlgorithm.ECDSA_P256, pair.getPublic()));
            }
        };
    }

    /**
     * The key of a DER PKCS#8 PrivateKeyInfo.
     *
     * @throws IllegalArgumentException when it is not a P-256 ECDSA or Ed25519 private key
     */
    public static SigningKey ofPkcs8(byte[] der) {
        AsymmetricKeyParameter key;
        try {
            key = PrivateKeyFactory.createKey(PrivateKeyInfo.getInstance(der));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Unreadable private key: " + e.getMessage(), e);
        }
        if (key instanceof Ed25519PrivateKeyParameters ed) {
            return of(ed);
        }
        if (key instanceof ECPrivateKeyParameters ec && EcdsaP256.isP256(ec.getParameters())) {
            ECPrivateKeyParameters named = new ECPrivateKeyParameters(ec.getD(), EcdsaP256.DOMAIN);
            return new SigningKey(named, new VerifyingKey(KeyAlgorithm.ECDSA_P256,
                    new ECPublicKeyParameters(
                            new FixedPointCombMultiplier().multiply(EcdsaP256.DOMAIN.getG(), ec.getD()).normalize(),
                            EcdsaP256.DOMAIN)));
        }
        throw new IllegalArgumentException("Unsupported private key: identities use ECDSA on P-256 or Ed25519");
    }

    private static SigningKey of(Ed25519PrivateKeyParameters ed) {
        Ed25519PublicKeyParameters pub = ed.generatePublicKey();
        return new SigningKey(ed, new VerifyingKey(KeyAlgorithm.ED25519, pub));
    }

    @Override
    public KeyAlgorithm algorithm() {
        return publicKey.algorithm();
    }

    public VerifyingKey publicKey() {
        return publicKey;
    }

    /** The DER PKCS#8 PrivateKeyInfo: secret, handle with care. */
    public byte[] pkcs8() {
        try {
            return PrivateKeyInfoFactory.createPrivateKeyInfo(key).getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot encode a " + algorithm() + " private key", e);
        }
    }

    @Override
    public byte[] sign(byte[] message) {
        return switch (algorithm()) {
            case ED25519 -> {
                byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
                ((Ed25519PrivateKeyParameters) key).sign(Ed25519.Algorithm.Ed25519,
                        (Ed25519PublicKeyParameters) publicKey.parameters(), null, message, 0, message.length, signature, 0);
                yield signature;
            }
            case ECDSA_P256 -> signEcdsa(message);
        };
    }

    private byte[] signEcdsa(byte[] message) {
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, key);
        BigInteger[] rs = signer.generateSignature(EcdsaP256.sha256(message));
        BigInteger s = rs[1].compareTo(EcdsaP256.HALF_N) > 0 ? EcdsaP256.N.subtract(rs[1]) : rs[1];
        try {
            return StandardDSAEncoding.INSTANCE.encode(EcdsaP256.N, rs[0], s);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot DER-encode an ECDSA signature", e);
        }
    }

    /** Says which key, never the secret. */
    @Override
    public String toString() {
        return algorithm() + " private key of " + publicKey.identityId();
    }
}
