package dev.charter.ledger.crypto;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The signature algorithms of identities: ECDSA on P-256 (Fabric's, the default) and Ed25519. */
public enum KeyAlgorithm {

    /** ECDSA on NIST P-256 with SHA-256; signatures are DER {@code SEQUENCE {r, s}} with low S. */
    ECDSA_P256("ecdsa-p256"),

    /** Pure Ed25519 (RFC 8032); signatures are 64 bytes. */
    ED25519("ed25519");

    private final String id;

    KeyAlgorithm(String id) {
        this.id = id;
    }

    /** The name users write, e.g. on the command line: {@code ecdsa-p256} or {@code ed25519}. */
    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException naming the algorithms there are */
    public static KeyAlgorithm fromId(String id) {
        for (KeyAlgorithm algorithm : values()) {
            if (algorithm.id.equals(id.toLowerCase(Locale.ROOT))) {
                return algorithm;
            }
        }
        throw new IllegalArgumentException("Unknown key algorithm '" + id + "': expected one of "
                + Arrays.stream(values()).map(KeyAlgorithm::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id;
    }
}
