package dev.charter.runtime.archive;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.charter.runtime.access.AccessController;
import dev.charter.runtime.access.CompiledAccessRules;
import dev.charter.runtime.contract.Contract;
import dev.charter.runtime.contract.TransactionExecutor;
import dev.charter.runtime.json.WireFormat;
import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.query.QueryCatalog;
import dev.charter.runtime.query.QueryEngine;
import dev.charter.runtime.query.QueryException;
import dev.charter.runtime.state.StateStore;
import dev.charter.runtime.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * A compiled business network ({@code .cna} file) opened in a class loader of its own, ready to execute
 * transactions: {@code NetworkArchive.open(path).executor(store).execute(json, id, timestamp, submitter)}.
 *
 * <p>Opening verifies the archive's {@link ContentHash content hash}, reads its manifest and
 * {@code META-INF/charter/model.json}, loads and checks every model class, and instantiates the
 * contract, so a broken archive fails here and not in the middle of a transaction. The network's
 * classes are private to the archive while the runtime and Jackson are shared with the host: two
 * versions of one network can be open at once, each running its own logic. Thread-safe.
 */
public final class NetworkArchive implements AutoCloseable {

    /** The archive entry holding the network's model ({@link ModelInfo}'s format). */
    public static final String MODEL_ENTRY = "META-INF/charter/model.json";
    /** The archive entry holding the named queries and indexes ({@link QueryCatalog}'s format); optional. */
    public static final String QUERIES_ENTRY = "META-INF/charter/queries.json";
    /** The folder of the network's own files, as the user wrote them ({@code network/models/x.cto}). */
    public static final String NETWORK_FOLDER = "network/";
    /** The folder of the generated Java sources, kept for readers. */
    public static final String JAVA_SOURCES_FOLDER = "sources/";

    /**
     * Packages the host shares with every archive; an archive carrying classes of its own there would
     * shadow the runtime's types (its Asset would not be the executor's Asset).
     */
    private static final List<String> SHARED_PACKAGES = List.of("java/", "javax/", "dev/charter/runtime/",
            "com/fasterxml/jackson/");

    private final String origin;
    private final ArchiveManifest manifest;
    private final Map<String, byte[]> entries;
    private final ArchiveClassLoader loader;
    private final WireFormat wire;
    private final Validator validator;
    private final Contract contract;
    private final AccessController access;
    private final QueryEngine queries;
    private volatile boolean closed;

    private NetworkArchive(String origin, ArchiveManifest manifest, Map<String, byte[]> entries,
            ArchiveClassLoader loader, WireFormat wire, Validator validator, Contract contract, AccessController access,
            QueryEngine queries) {
        this.origin = origin;
        this.manifest = manifest;
        this.entries = entries;
        this.loader = loader;
        this.wire = wire;
        this.validator = validator;
        this.contract = contract;
        this.access = access;
        this.queries = queries;
    }

    /**
     * Opens a network archive.
     *
     * @throws IOException when the file cannot be read
     * @throws ArchiveException when it is not a network archive, was altered since it was written, or
     *     its classes do not match its model; the message names the file
     */
    public static NetworkArchive open(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        return open(bytes, "Network archive " + path, path.toUri().toURL());
    }

    private static NetworkArchive open(byte[] bytes, String origin, URL location) {
        Map<String, byte[]> entries = readEntries(bytes, origin);
        byte[] manifestBytes = entries.get(JarFile.MANIFEST_NAME);
        if (manifestBytes == null) {
            throw new ArchiveException(origin + " has no " + JarFile.MANIFEST_NAME + "; it is not a Charter network archive");
        }
        ArchiveManifest manifest;
        try {
            manifest = ArchiveManifest.read(new Manifest(new ByteArrayInputStream(manifestBytes)));
        } catch (IOException | IllegalArgumentException e) {
            throw new ArchiveException(origin + " is not a Charter network archive: " + e.getMessage(), e);
        }
        String actual = ContentHash.of(manifest, entries);
        if (!actual.equals(manifest.contentHash())) {
            throw new ArchiveException(origin + " has been altered or damaged since it was written: its content hash is "
                    + actual + " but its manifest records " + manifest.contentHash());
        }
        for (String name : entries.keySet()) {
            if (name.endsWith(".class") && SHARED_PACKAGES.stream().anyMatch(name::startsWith)) {
                throw new ArchiveException(origin + " contains " + name
                        + ", a class of a package the Charter runtime provides; it cannot be loaded from a network archive");
            }
        }
        byte[] model = entries.get(MODEL_ENTRY);
        if (model == null) {
            throw new ArchiveException(origin + " has no " + MODEL_ENTRY);
        }
        ModelInfo modelInfo;
        try {
            modelInfo = ModelInfo.read(new ByteArrayInputStream(model));
        } catch (IllegalArgumentException e) {
            throw new ArchiveException(origin + ": " + MODEL_ENTRY + ": " + e.getMessage(), e);
        }
        ArchiveClassLoader loader = new ArchiveClassLoader(manifest.name() + "@" + manifest.version(), entries, location,
                NetworkArchive.class.getClassLoader());
        WireFormat wire;
        try {
            wire = new WireFormat(modelInfo, loader);
        } catch (IllegalArgumentException e) {
            throw new ArchiveException(origin + ": the classes do not match the model: " + e.getMessage(), e);
        }
        Validator validator;
        try {
            validator = new Validator(modelInfo);
        } catch (IllegalArgumentException e) {
            throw new ArchiveException(origin + ": " + MODEL_ENTRY + ": " + e.getMessage(), e);
        }
        Contract contract = instantiate(manifest.contractClass(), loader, origin);
        QueryEngine queries;
        try {
            byte[] catalog = entries.get(QUERIES_ENTRY);
            queries = new QueryEngine(wire, catalog == null ? QueryCatalog.EMPTY
                    : QueryCatalog.read(new ByteArrayInputStream(catalog)));
        } catch (IllegalArgumentException | QueryException e) {
            throw new ArchiveException(origin + ": " + QUERIES_ENTRY + ": " + e.getMessage(), e);
        }
        AccessController access;
        try {
            access = contract.accessRules().<AccessController>map(rules -> new CompiledAccessRules(rules, wire.model()))
                    .orElse(AccessController.ALLOW_ALL);
        } catch (RuntimeException | LinkageError e) {
            throw new ArchiveException(origin + ": its access rules cannot be loaded: " + e, e);
        }
        return new NetworkArchive(origin, manifest, entries, loader, wire, validator, contract, access, queries);
    }

    /** Every entry by name, read once: what is hashed is what gets loaded. */
    private static Map<String, byte[]> readEntries(byte[] bytes, String origin) {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entries.put(entry.getName(), zip.readAllBytes()) != null) {
                    throw new ArchiveException(origin + " contains the entry " + entry.getName() + " twice");
                }
            }
        } catch (ZipException e) {
            throw new ArchiveException(origin + " is damaged or not a jar: " + e.getMessage(), e);
        } catch (IOException e) {
            // A byte array does not fail to read: anything else is a malformed archive too.
            throw new ArchiveException(origin + " cannot be read as a jar: " + e.getMessage(), e);
        }
        return Map.copyOf(entries);
    }

    private static Contract instantiate(String className, ClassLoader loader, String origin) {
        Class<?> contractClass;
        try {
            contractClass = Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new ArchiveException(origin + ": its contract class " + className + " is not in the archive", e);
        } catch (LinkageError e) {
            throw new ArchiveException(origin + ": its contract class " + className + " cannot be loaded: " + e, e);
        }
        if (contractClass.getClassLoader() != loader) {
            throw new ArchiveException(origin + ": its contract class " + className + " is not in the archive");
        }
        if (!Contract.class.isAssignableFrom(contractClass)) {
            throw new ArchiveException(origin + ": its contract class " + className + " does not implement "
                    + Contract.class.getName());
        }
        try {
            return (Contract) contractClass.getConstructor().newInstance();
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new ArchiveException(origin + ": its contract class " + className
                    + " has no public constructor without parameters", e);
        } catch (InstantiationException e) {
            throw new ArchiveException(origin + ": its contract class " + className + " is abstract", e);
        } catch (InvocationTargetException e) {
            throw new ArchiveException(origin + ": the constructor of its contract class " + className + " failed: "
                    + e.getCause(), e.getCause());
        } catch (LinkageError e) {
            throw new ArchiveException(origin + ": its contract class " + className + " cannot be initialised: " + e, e);
        }
    }

    public String name() {
        return manifest.name();
    }

    public String version() {
        return manifest.version();
    }

    /** The network's description; empty when it has none. */
    public String description() {
        return manifest.description();
    }

    /** The verified {@link ContentHash content hash}, {@code sha256:<64 hex digits>}. */
    public String contentHash() {
        return manifest.contentHash();
    }

    /** The version of Charter that wrote the archive. */
    public String charterVersion() {
        return manifest.charterVersion();
    }

    /** The network's types: the archive's model merged with Composer's system model. */
    public ModelInfo model() {
        return wire.model();
    }

    /** The wire format of the network's classes, to read and write its instances. */
    public WireFormat wireFormat() {
        return wire;
    }

    /** The network's contract, an instance of the class the manifest names. */
    public Contract contract() {
        return contract;
    }

    /** The network's named queries and their indexes ({@code META-INF/charter/queries.json}; none when absent). */
    public QueryEngine queries() {
        return queries;
    }

    /**
     * The network's own access rules, indexed when the archive was opened; {@link AccessController#ALLOW_ALL}
     * when it has no {@code permissions.acl}.
     */
    public AccessController accessController() {
        return access;
    }

    /** An executor of the network's transactions on {@code store}, enforcing the network's access rules. */
    public TransactionExecutor executor(StateStore store) {
        return executor(store, access);
    }

    /** An executor of the network's transactions on {@code store}, asking {@code access} before each operation. */
    public TransactionExecutor executor(StateStore store, AccessController access) {
        checkOpen();
        return new TransactionExecutor(wire, validator, access, contract, store, queries);
    }

    /** The paths of the network's own files, relative to the network's folder ({@code models/x.cto}), sorted. */
    public List<String> sources() {
        checkOpen();
        return entries.keySet().stream()
                .filter(name -> name.startsWith(NETWORK_FOLDER) && !name.endsWith("/"))
                .map(name -> name.substring(NETWORK_FOLDER.length()))
                .sorted()
                .toList();
    }

    /**
     * The text of one of the network's own files, by its path relative to the network's folder
     * ({@code models/loc.cto}, {@code permissions.acl}), or empty when the archive has no such file.
     */
    public Optional<String> source(String path) {
        checkOpen();
        byte[] bytes = entries.get(NETWORK_FOLDER + path);
        return Optional.ofNullable(bytes).map(b -> new String(b, UTF_8));
    }

    /**
     * Closes the archive's class loader. Executors already created keep running the classes they loaded;
     * nothing more is loaded from the archive, and this archive creates no more executors.
     */
    @Override
    public void close() {
        closed = true;
        loader.close();
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException(origin + " is closed");
        }
    }

    @Override
    public String toString() {
        return manifest.name() + " " + manifest.version() + " (" + manifest.contentHash() + ")";
    }
}
