package dev.charter.ledger.block;

/**
 * The orderer's key: signs block headers. Implementations must be thread-safe.
 * {@link JcaBlockSignatures} signs with any JCA provider; the network's certificate authority may supply
 * another.
 */
public interface BlockSigner {

    /** The JCA signature algorithm, e.g. {@code SHA256withECDSA}; recorded in the genesis block. */
    String algorithm();

    /** The public key that verifies this signer's signatures, X.509 SubjectPublicKeyInfo (DER). */
    byte[] publicKey();

    byte[] sign(byte[] data);
}
