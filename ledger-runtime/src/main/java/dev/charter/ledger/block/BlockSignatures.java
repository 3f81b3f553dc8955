package dev.charter.ledger.block;

import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.crypto.SigningKey;
import dev.charter.ledger.crypto.VerifyingKey;

/**
 * Block signatures with the keys identities use ({@link SigningKey}, {@link VerifyingKey}: Bouncy Castle's
 * lightweight API), so headers and transactions are signed and checked on one path with one set of rules —
 * ECDSA P-256 in DER with low S and RFC 6979 nonces, or Ed25519. The genesis block names the orderer's
 * algorithm as {@value #ECDSA_P256} or {@value #ED25519}. Thread-safe.
 */
public final class BlockSignatures implements BlockSignatureVerifier {

    /** ECDSA on P-256 with SHA-256: the orderer's default. */
    public static final String ECDSA_P256 = "SHA256withECDSA";
    /** Pure Ed25519. */
    public static final String ED25519 = "Ed25519";

    /** The name of {@code algorithm}'s signatures in a genesis block. */
    public static String name(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            case ECDSA_P256 -> ECDSA_P256;
            case ED25519 -> ED25519;
        };
    }

    /** A block signer over {@code key}. */
    public static BlockSigner signer(SigningKey key) {
        String algorithm = name(key.algorithm());
        byte[] publicKey = key.publicKey().subjectPublicKeyInfo();
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
                return key.sign(data);
            }
        };
    }

    /**
     * @throws IllegalArgumentException when the key is neither a P-256 nor an Ed25519 key, or not a key of
     *     {@code algorithm}
     */
    @Override
    public boolean verify(String algorithm, byte[] publicKey, byte[] data, byte[] signature) {
        VerifyingKey key = VerifyingKey.ofSubjectPublicKeyInfo(publicKey);
        if (!name(key.algorithm()).equals(algorithm)) {
            throw new IllegalArgumentException("the key is a " + key.algorithm() + " key, not one for " + algorithm
                    + " signatures");
        }
        return key.verify(data, signature);
    }
}
