package dev.charter.runtime.archive;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.charter.runtime.state.KeyOrder;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

/**
 * The content hash of a network archive ({@code Charter-Content-Hash}): what identifies the network a
 * {@code .cna} holds, independently of how its entries were compressed.
 *
 * <p>Definition. Let {@code record(n, b)} be the bytes
 * {@code u32(len(utf8(n))) ‖ utf8(n) ‖ u64(len(b)) ‖ b}, lengths unsigned big-endian. The hash is
 * {@code "sha256:"} followed by the 64 lowercase hex digits of the SHA-256 digest of, in order:
 * <ol>
 *   <li>{@code record(attribute, utf8(value))} for the five manifest attributes
 *       {@code Charter-Network-Name}, {@code Charter-Network-Version}, {@code Charter-Network-Description},
 *       {@code Charter-Contract-Class}, {@code Charter-Version}, in this order (values as the manifest
 *       parser returns them, continuation lines joined);</li>
 *   <li>{@code record(name, content)} for every entry of the archive except {@code META-INF/MANIFEST.MF},
 *       ordered by the unsigned bytes of the UTF-8 encoding of their names, content uncompressed.</li>
 * </ol>
 * The manifest itself is left out, since it holds the hash; its other Charter attributes are covered so
 * that two archives with one hash cannot name different contract classes. The length prefixes make
 * the input unambiguous (no two different archives feed the digest the same bytes).
 */
public final class ContentHash {

    /** The prefix naming the algorithm, {@code sha256:}. */
    public static final String PREFIX = "sha256:";

    private ContentHash() {
    }

    /**
     * The content hash of an archive with the given manifest attributes and entries (the manifest's
     * own hash, and a {@code META-INF/MANIFEST.MF} entry if present, are ignored).
     */
    public static String of(ArchiveManifest manifest, Map<String, byte[]> entries) {
        MessageDigest digest = sha256();
        record(digest, ArchiveManifest.NETWORK_NAME.toString(), manifest.name().getBytes(UTF_8));
        record(digest, ArchiveManifest.NETWORK_VERSION.toString(), manifest.version().getBytes(UTF_8));
        record(digest, ArchiveManifest.NETWORK_DESCRIPTION.toString(), manifest.description().getBytes(UTF_8));
        record(digest, ArchiveManifest.CONTRACT_CLASS.toString(), manifest.contractClass().getBytes(UTF_8));
        record(digest, ArchiveManifest.CHARTER_VERSION.toString(), manifest.charterVersion().getBytes(UTF_8));
        List<String> names = new ArrayList<>(entries.keySet());
        names.sort(KeyOrder.UTF8);
        for (String name : names) {
            if (!name.equals(JarFile.MANIFEST_NAME)) {
                record(digest, name, entries.get(name));
            }
        }
        return PREFIX + HexFormat.of().formatHex(digest.digest());
    }

    private static void record(MessageDigest digest, String name, byte[] content) {
        byte[] nameBytes = name.getBytes(UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(nameBytes.length).array());
        digest.update(nameBytes);
        digest.update(ByteBuffer.allocate(8).putLong(content.length).array());
        digest.update(content);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException(e);
        }
    }
}
