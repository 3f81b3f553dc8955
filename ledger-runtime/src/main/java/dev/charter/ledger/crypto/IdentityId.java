package dev.charter.ledger.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The id of an identity: the SHA-256 (lower-case hex) of the DER encoding of its certificate's
 * SubjectPublicKeyInfo. It names the key, not the certificate, so a certificate renewed for the same
 * key keeps its identity id.
 */
public record IdentityId(String hex) {

    public IdentityId {
        Objects.requireNonNull(hex, "hex");
        if (!isWellFormed(hex)) {
            throw new IllegalArgumentException("Invalid identity id '" + hex
                    + "': expected 64 lower-case hexadecimal digits (the SHA-256 of a public key)");
        }
    }

    /** The id of the public key whose SubjectPublicKeyInfo DER encoding is given. */
    public static IdentityId ofSubjectPublicKeyInfo(byte[] der) {
        try {
            return new IdentityId(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** True for 64 lower-case hex digits. */
    public static boolean isWellFormed(String text) {
        if (text.length() != 64) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return hex;
    }
}
