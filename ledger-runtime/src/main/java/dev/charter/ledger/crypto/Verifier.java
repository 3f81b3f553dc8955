package dev.charter.ledger.crypto;

/** Checks signatures made by one key. Implementations are thread-safe. */
public interface Verifier {

    KeyAlgorithm algorithm();

    /**
     * True when {@code signature} is a valid signature of {@code message} by this key; false for any
     * other input, malformed signatures included (never throws for bad signatures).
     */
    boolean verify(byte[] message, byte[] signature);
}
