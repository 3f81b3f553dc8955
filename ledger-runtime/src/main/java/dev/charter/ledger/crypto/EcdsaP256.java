package dev.charter.ledger.crypto;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;

/** The P-256 curve as Bouncy Castle's lightweight API wants it, and SHA-256. */
final class EcdsaP256 {

    static final ECNamedDomainParameters DOMAIN = ECNamedDomainParameters.lookup(SECObjectIdentifiers.secp256r1);
    static final BigInteger N = DOMAIN.getN();
    static final BigInteger HALF_N = N.shiftRight(1);
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    });

    private EcdsaP256() {
    }

    static boolean isP256(ECDomainParameters parameters) {
        return parameters.getCurve().equals(DOMAIN.getCurve()) && parameters.getG().equals(DOMAIN.getG())
                && parameters.getN().equals(N);
    }

    /** The JDK's SHA-256: HotSpot compiles it to the CPU's SHA instructions (docs/ledger.md), Bouncy Castle's is plain Java. */
    static byte[] sha256(byte[] message) {
        return SHA256.get().digest(message);
    }
}
