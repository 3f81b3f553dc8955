package dev.charter.ledger.block;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;

/**
 * Block signatures through the Java Cryptography Architecture, by whichever installed provider offers
 * the algorithm ({@code SHA256withECDSA} on P-256 keys by default): the verifier {@code charter ledger
 * verify} uses, and a signer over a key pair held in memory.
 */
public final class JcaBlockSignatures implements BlockSignatureVerifier {

    /** ECDSA on P-256 with SHA-256: the orderer's default. */
    public static final String ECDSA_P256 = "SHA256withECDSA";

    @Override
    public boolean verify(String algorithm, byte[] publicKey, byte[] data, byte[] signature) {
        PublicKey key = publicKey(algorithm, publicKey);
        try {
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalArgumentException("Cannot verify " + algorithm + " signatures with this key: " + e.getMessage(), e);
        } catch (SignatureException e) {
            return false; // a malformed signature is an invalid one
        }
    }

    /** A signer over {@code keys}, e.g. a P-256 key pair with {@link #ECDSA_P256}. */
    public static BlockSigner signer(KeyPair keys, String algorithm) {
        PrivateKey privateKey = keys.getPrivate();
        byte[] publicKey = keys.getPublic().getEncoded();
        return new BlockSigner() {
            @Override
            public String algorithm() {
                return algorithm;
            }

            @Override
            public byte[] publicKey() {
                return publicKey.clone();
            }

            @Override
            public byte[] sign(byte[] data) {
                try {
                    Signature signature = Signature.getInstance(algorithm);
                    signature.initSign(privateKey);
                    signature.update(data);
                    return signature.sign();
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("Cannot sign with the orderer's " + algorithm + " key: " + e.getMessage(), e);
                }
            }
        };
    }

    private static PublicKey publicKey(String algorithm, byte[] encoded) {
        String keyAlgorithm = algorithm.contains("with") ? algorithm.substring(algorithm.indexOf("with") + 4) : algorithm;
        if (keyAlgorithm.equals("ECDSA")) {
            keyAlgorithm = "EC";
        }
        try {
            return KeyFactory.getInstance(keyAlgorithm).generatePublic(new X509EncodedKeySpec(encoded));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalArgumentException("Cannot read a " + keyAlgorithm + " public key for " + algorithm + ": "
                    + e.getMessage(), e);
        }
    }
}
