package dev.charter.ledger.crypto;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.math.ec.ECFieldElement;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.bouncycastle.util.BigIntegers;

/**
 * A public key that verifies signatures with Bouncy Castle's lightweight API (no JCA provider).
 * Immutable and thread-safe; keep one per identity, since the key caches precomputed points.
 *
 * <p>ECDSA signatures must be DER with a low S ({@code s <= n/2}), as Fabric requires: the high-S
 * twin of a valid signature is refused, so a signature cannot be altered into another valid one.
 */
public final class VerifyingKey implements Verifier {

    /** Verifications before a key gets its own comb table (64 KB, made in ~2 ms of CPU). */
    private static final int BUSY = 32;

    private final KeyAlgorithm algorithm;
    private final AsymmetricKeyParameter key;
    private final byte[] subjectPublicKeyInfo;
    private final IdentityId identityId;
    /** How many ECDSA signatures this key has been asked to check: past {@link #BUSY}, it verifies with combs. */
    private final AtomicInteger verifications = new AtomicInteger();

    VerifyingKey(KeyAlgorithm algorithm, AsymmetricKeyParameter key) {
        this.algorithm = algorithm;
        this.key = key;
        try {
            this.subjectPublicKeyInfo = SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(key).getEncoded();
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot encode a " + algorithm + " public key", e);
        }
        this.identityId = IdentityId.ofSubjectPublicKeyInfo(subjectPublicKeyInfo);
    }

    /**
     * The key of a SubjectPublicKeyInfo (as in a certificate).
     *
     * @throws IllegalArgumentException when the key is neither P-256 ECDSA nor Ed25519
     */
    public static VerifyingKey of(SubjectPublicKeyInfo info) {
        AsymmetricKeyParameter key;
        try {
            key = PublicKeyFactory.createKey(info);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Unreadable public key (algorithm "
                    + info.getAlgorithm().getAlgorithm() + "): " + e.getMessage(), e);
        }
        if (key instanceof Ed25519PublicKeyParameters) {
            return new VerifyingKey(KeyAlgorithm.ED25519, key);
        }
        if (key instanceof ECPublicKeyParameters ec && EcdsaP256.isP256(ec.getParameters())) {
            // Named curve and uncompressed point, however the input encoded them: one key, one identity id.
            return new VerifyingKey(KeyAlgorithm.ECDSA_P256, new ECPublicKeyParameters(
                    EcdsaP256.DOMAIN.getCurve().importPoint(ec.getQ()).normalize(), EcdsaP256.DOMAIN));
        }
        throw new IllegalArgumentException("Unsupported public key (algorithm " + info.getAlgorithm().getAlgorithm()
                + "): identities use ECDSA on P-256 or Ed25519");
    }

    /** @see #of(SubjectPublicKeyInfo) */
    public static VerifyingKey ofSubjectPublicKeyInfo(byte[] der) {
        SubjectPublicKeyInfo info;
        try {
            info = SubjectPublicKeyInfo.getInstance(der);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a DER SubjectPublicKeyInfo: " + e.getMessage(), e);
        }
        return of(info);
    }

    @Override
    public KeyAlgorithm algorithm() {
        return algorithm;
    }

    /** The id of the identity this key is the key of. */
    public IdentityId identityId() {
        return identityId;
    }

    /** The DER SubjectPublicKeyInfo (a copy). */
    public byte[] subjectPublicKeyInfo() {
        return subjectPublicKeyInfo.clone();
    }

    @Override
    public boolean verify(byte[] message, byte[] signature) {
        return switch (algorithm) {
            case ED25519 -> signature.length == Ed25519.SIGNATURE_SIZE
                    && ((Ed25519PublicKeyParameters) key).verify(Ed25519.Algorithm.Ed25519, null, message, 0,
                            message.length, signature, 0);
            case ECDSA_P256 -> verifyEcdsa(message, signature);
        };
    }

    private boolean verifyEcdsa(byte[] message, byte[] signature) {
        BigInteger[] rs;
        try {
            rs = StandardDSAEncoding.INSTANCE.decode(EcdsaP256.N, signature);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        if (rs[1].compareTo(EcdsaP256.HALF_N) > 0) {
            return false;
        }
        if (verifications.incrementAndGet() <= BUSY) {
            ECDSASigner verifier = new ECDSASigner();
            verifier.init(false, key);
            return verifier.verifySignature(EcdsaP256.sha256(message), rs[0], rs[1]);
        }
        return verifyWithCombs(EcdsaP256.sha256(message), rs[0], rs[1]);
    }

    /**
     * ECDSA verification (SEC 1, 4.1.4) of a busy key, with {@link P256Comb} tables for the generator and the key:
     * the same answer as Bouncy Castle's {@code ECDSASigner}, in about 60% of its time.
     */
    private boolean verifyWithCombs(byte[] hash, BigInteger r, BigInteger s) {
        BigInteger n = EcdsaP256.N;
        if (r.signum() <= 0 || r.compareTo(n) >= 0 || s.signum() <= 0 || s.compareTo(n) >= 0) {
            return false;
        }
        BigInteger e = new BigInteger(1, hash); // 256 bits, as n: nothing to truncate
        BigInteger w = BigIntegers.modOddInverseVar(n, s);
        ECPoint q = ((ECPublicKeyParameters) key).getQ();
        ECPoint point = P256Comb.sumOfTwo(P256Comb.GENERATOR, e.multiply(w).mod(n), P256Comb.of(this, q),
                r.multiply(w).mod(n));
        if (point.isInfinity()) {
            return false;
        }
        // x mod n == r without a field inversion, as Bouncy Castle does: the point is Jacobian (x = X/Z²), so
        // compare X with r·Z², and with (r + n)·Z² when r + n is still a field element (x may exceed n).
        ECFieldElement zSquared = point.getZCoord(0).square();
        for (BigInteger candidate = r; point.getCurve().isValidFieldElement(candidate); candidate = candidate.add(n)) {
            if (point.getCurve().fromBigInteger(candidate).multiply(zSquared).equals(point.getXCoord())) {
                return true;
            }
        }
        return false;
    }

    AsymmetricKeyParameter parameters() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VerifyingKey that && Arrays.equals(subjectPublicKeyInfo, that.subjectPublicKeyInfo);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(subjectPublicKeyInfo);
    }

    @Override
    public String toString() {
        return algorithm + " public key " + identityId;
    }
}
