package dev.charter.ledger.block;

/** Checks orderer signatures on block headers. Implementations must be thread-safe. */
public interface BlockSignatureVerifier {

    /**
     * Whether {@code signature} is a valid {@code algorithm} signature of {@code data} by {@code publicKey}.
     *
     * @param publicKey X.509 SubjectPublicKeyInfo (DER)
     * @throws IllegalArgumentException when the algorithm is unknown or the key cannot be read
     */
    boolean verify(String algorithm, byte[] publicKey, byte[] data, byte[] signature);
}
