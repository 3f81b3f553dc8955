package dev.charter.runtime.archive;

import java.util.Objects;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * What the manifest ({@code META-INF/MANIFEST.MF}) of a network archive says: which network and version
 * it holds, its contract class, the Charter version that compiled it and its content hash.
 *
 * <p>Manifest values are single lines, so no component may contain a line break (or NUL).
 *
 * @param name the network's name ({@code Charter-Network-Name})
 * @param version the network's version ({@code Charter-Network-Version})
 * @param description the network's description, possibly empty ({@code Charter-Network-Description})
 * @param contractClass the binary name of the class implementing {@code Contract} ({@code Charter-Contract-Class})
 * @param charterVersion the version of Charter that wrote the archive ({@code Charter-Version})
 * @param contentHash {@code sha256:} and 64 hex digits ({@code Charter-Content-Hash}, see {@link ContentHash});
 *     null only while an archive is being written, before its hash is known
 */
public record ArchiveManifest(String name, String version, String description, String contractClass,
        String charterVersion, String contentHash) {

    public static final Attributes.Name NETWORK_NAME = new Attributes.Name("Charter-Network-Name");
    public static final Attributes.Name NETWORK_VERSION = new Attributes.Name("Charter-Network-Version");
    public static final Attributes.Name NETWORK_DESCRIPTION = new Attributes.Name("Charter-Network-Description");
    public static final Attributes.Name CONTRACT_CLASS = new Attributes.Name("Charter-Contract-Class");
    public static final Attributes.Name CHARTER_VERSION = new Attributes.Name("Charter-Version");
    public static final Attributes.Name CONTENT_HASH = new Attributes.Name("Charter-Content-Hash");

    public ArchiveManifest {
        requireLine(NETWORK_NAME, name, false);
        requireLine(NETWORK_VERSION, version, false);
        requireLine(NETWORK_DESCRIPTION, description, true);
        requireLine(CONTRACT_CLASS, contractClass, false);
        requireLine(CHARTER_VERSION, charterVersion, false);
        if (contentHash != null) {
            requireLine(CONTENT_HASH, contentHash, false);
        }
    }

    /**
     * Reads the Charter attributes of a manifest.
     *
     * @throws IllegalArgumentException naming the first attribute that is missing
     */
    public static ArchiveManifest read(Manifest manifest) {
        Attributes main = manifest.getMainAttributes();
        return new ArchiveManifest(require(main, NETWORK_NAME), require(main, NETWORK_VERSION),
                require(main, NETWORK_DESCRIPTION), require(main, CONTRACT_CLASS), require(main, CHARTER_VERSION),
                require(main, CONTENT_HASH));
    }

    /** This manifest with its content hash. */
    public ArchiveManifest withContentHash(String hash) {
        return new ArchiveManifest(name, version, description, contractClass, charterVersion,
                Objects.requireNonNull(hash, "hash"));
    }

    /** A jar manifest holding {@code Manifest-Version: 1.0} and the Charter attributes, always in this order. */
    public Manifest toManifest() {
        if (contentHash == null) {
            throw new IllegalStateException("The manifest of " + name + " " + version + " has no content hash yet");
        }
        Manifest manifest = new Manifest();
        // Attributes keep insertion order, so the manifest's bytes depend only on these values.
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(NETWORK_NAME, name);
        main.put(NETWORK_VERSION, version);
        main.put(NETWORK_DESCRIPTION, description);
        main.put(CONTRACT_CLASS, contractClass);
        main.put(CHARTER_VERSION, charterVersion);
        main.put(CONTENT_HASH, contentHash);
        return manifest;
    }

    private static String require(Attributes attributes, Attributes.Name name) {
        String value = attributes.getValue(name);
        if (value == null) {
            throw new IllegalArgumentException("META-INF/MANIFEST.MF has no " + name + " attribute");
        }
        return value;
    }

    private static void requireLine(Attributes.Name attribute, String value, boolean mayBeEmpty) {
        if (value == null || (!mayBeEmpty && value.isBlank())) {
            throw new IllegalArgumentException(attribute + " must not be " + (value == null ? "null" : "blank"));
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(attribute + " must be one line, without line breaks: " + value);
        }
    }
}
