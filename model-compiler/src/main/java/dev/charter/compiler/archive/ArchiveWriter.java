package dev.charter.compiler.archive;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.charter.runtime.archive.ArchiveManifest;
import dev.charter.runtime.archive.ContentHash;
import dev.charter.runtime.archive.NetworkArchive;
import dev.charter.runtime.state.KeyOrder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

/**
 * Compiles a {@link GeneratedNetwork} and writes it as a network archive ({@code .cna}), the jar that
 * {@link NetworkArchive#open} loads. It holds, after {@code META-INF/MANIFEST.MF}: the class files, the
 * Java sources under {@code sources/}, {@code META-INF/charter/model.json} and the user's files under
 * {@code network/} — in the byte order of their UTF-8 names, without directory entries.
 *
 * <p>The manifest names the network, its version and description, the contract class, the Charter
 * version ({@link #charterVersion()}) and the content hash, defined in {@link ContentHash}: SHA-256
 * over those attributes and every other entry's name and uncompressed bytes, so it does not depend on
 * compression. Output is deterministic: entries in a fixed order, with a fixed timestamp, so the same
 * network compiled by the same Charter and JDK gives a byte-identical archive.
 */
public final class ArchiveWriter {

    /** The time of every entry (local DOS time, no time zone): 1980-02-01, as reproducible Gradle archives use. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);

    private final JavaSourceCompiler compiler;

    /** A writer whose compiler treats warnings as errors. */
    public ArchiveWriter() {
        this(new JavaSourceCompiler());
    }

    public ArchiveWriter(JavaSourceCompiler compiler) {
        this.compiler = compiler;
    }

    /**
     * Compiles the network and writes its archive to {@code file}, creating missing parent directories.
     *
     * @return the manifest written, with the archive's content hash
     * @throws CompilationFailedException when the generated code does not compile
     */
    public ArchiveManifest write(GeneratedNetwork network, Path file) throws IOException {
        Archive archive = assemble(network);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, archive.bytes());
        return archive.manifest();
    }

    /**
     * Compiles the network and returns its archive's bytes.
     *
     * @throws CompilationFailedException when the generated code does not compile
     */
    public byte[] toBytes(GeneratedNetwork network) {
        return assemble(network).bytes();
    }

    /** The Charter version recorded in archives: the model compiler's implementation version, or {@code development}. */
    public static String charterVersion() {
        String version = ArchiveWriter.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    private record Archive(ArchiveManifest manifest, byte[] bytes) {
    }

    private Archive assemble(GeneratedNetwork network) {
        Map<String, byte[]> entries = new TreeMap<>(KeyOrder.UTF8);
        compiler.compile(network.javaSources()).forEach((path, bytes) -> add(entries, path, bytes));
        network.javaSources().forEach((path, text) ->
                add(entries, NetworkArchive.JAVA_SOURCES_FOLDER + path, text.getBytes(UTF_8)));
        network.resources().forEach((path, bytes) -> add(entries, path, bytes));
        String contractEntry = network.contractClass().replace('.', '/') + ".class";
        if (!entries.containsKey(contractEntry)) {
            throw new IllegalArgumentException("The contract class " + network.contractClass()
                    + " is not among the compiled classes of " + network.name());
        }
        ArchiveManifest unhashed = new ArchiveManifest(network.name(), network.version(), network.description(),
                network.contractClass(), charterVersion(), null);
        ArchiveManifest manifest = unhashed.withContentHash(ContentHash.of(unhashed, entries));

        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(buffer)) {
            ByteArrayOutputStream manifestBytes = new ByteArrayOutputStream();
            manifest.toManifest().write(manifestBytes);
            // First, as jar readers expect; written by hand because JarOutputStream would stamp it with the clock.
            put(jar, JarFile.MANIFEST_NAME, manifestBytes.toByteArray());
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                put(jar, entry.getKey(), entry.getValue());
            }
        } catch (IOException e) {
            // Writing to memory does not fail.
            throw new UncheckedIOException(e);
        }
        return new Archive(manifest, buffer.toByteArray());
    }

    private static void add(Map<String, byte[]> entries, String path, byte[] bytes) {
        if (entries.put(path, bytes) != null) {
            throw new IllegalArgumentException("Two archive entries would be named " + path);
        }
    }

    private static void put(JarOutputStream jar, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        jar.putNextEntry(entry);
        jar.write(bytes);
        jar.closeEntry();
    }
}
