package dev.charter.ledger.block;

/**
 * The orderer's key: signs block headers. Implementations must be thread-safe.
 * {@link BlockSignatures#signer} signs with a {@link dev.charter.ledger.crypto.SigningKey}.
 */
public interface BlockSigner {

    /**
     * The signature algorithm, {@value BlockSignatures#ECDSA_P256} or {@value BlockSignatures#ED25519}; recorded in
     * the genesis block.
     */
    String algorithm();

    /** The public key that verifies this signer's signatures, X.509 SubjectPublicKeyInfo (DER). */
    byte[] publicKey();

    byte[] sign(byte[] data);
}
