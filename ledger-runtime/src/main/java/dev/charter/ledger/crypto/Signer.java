package dev.charter.ledger.crypto;

/** Signs bytes with one private key. Implementations are thread-safe. */
public interface Signer {

    KeyAlgorithm algorithm();

    /** The signature of {@code message} (the message itself, not a digest of it). */
    byte[] sign(byte[] message);
}
