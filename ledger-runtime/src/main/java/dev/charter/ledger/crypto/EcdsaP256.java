package dev.charter.ledger.crypto;

import java.math.BigInteger;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;

/** The P-256 curve as Bouncy Castle's lightweight API wants it, and SHA-256. */
final class EcdsaP256 {

    static final ECNamedDomainParameters DOMAIN = ECNamedDomainParameters.lookup(SECObjectIdentifiers.secp256r1);
    static final BigInteger N = DOMAIN.getN();
    static final BigInteger HALF_N = N.shiftRight(1);

    private EcdsaP256() {
    }

    static boolean isP256(ECDomainParameters parameters) {
        return parameters.getCurve().equals(DOMAIN.getCurve()) && parameters.getG().equals(DOMAIN.getG())
                && parameters.getN().equals(N);
    }

    static byte[] sha256(byte[] message) {
        SHA256Digest digest = new SHA256Digest();
        digest.update(message, 0, message.length);
        byte[] hash = new byte[digest.getDigestSize()];
        digest.doFinal(hash, 0);
        return hash;
    }
}
