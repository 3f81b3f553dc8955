package dev.charter.ledger.block;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A SHA-256 digest: block header hashes, Merkle roots and execution results hashes. Computed with the
 * JDK's {@link MessageDigest}, whose SHA-256 HotSpot replaces by the CPU's SHA instructions where the
 * processor has them (docs/ledger.md).
 */
public final class Hash {

    public static final int LENGTH = 32;

    /** Thirty-two zero bytes: the previous hashes of the genesis block. */
    public static final Hash ZERO = new Hash(new byte[LENGTH]);

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    });

    private final byte[] bytes;

    private Hash(byte[] bytes) {
        this.bytes = bytes;
    }

    /** @throws IllegalArgumentException when {@code bytes} are not 32 bytes long */
    public static Hash of(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("A SHA-256 hash has 32 bytes, not " + bytes.length);
        }
        return new Hash(bytes.clone());
    }

    /** The SHA-256 of the concatenation of {@code parts}. */
    public static Hash sha256(byte[]... parts) {
        MessageDigest digest = SHA256.get();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return new Hash(digest.digest());
    }

    /** This thread's SHA-256 digest, reset, for hashing piece by piece; finish it before hashing anything else. */
    static MessageDigest digest() {
        MessageDigest digest = SHA256.get();
        digest.reset();
        return digest;
    }

    /** The digest a {@link #digest()} has accumulated. */
    static Hash finish(MessageDigest digest) {
        return new Hash(digest.digest());
    }

    public static Hash fromHex(String hex) {
        return of(HexFormat.of().parseHex(hex));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** Feeds this hash to {@code digest} without copying it. */
    public void updateDigest(MessageDigest digest) {
        digest.update(bytes);
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Hash that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
