package dev.charter.compiler.archive;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.charter.runtime.archive.NetworkArchive;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * A compiled network before it becomes an archive: what the code generator produced (Java sources,
 * {@code model.json}) and the user's own files, which {@link ArchiveWriter} compiles and packs into a
 * {@code .cna}.
 *
 * <p>Paths are relative, with {@code /} separators. Maps are copied and sorted; byte arrays are copied.
 * A description spread over several lines (as {@code charter.json} allows) is joined into one, since a
 * manifest value is a single line; the full text stays in the archived {@code charter.json}.
 *
 * @param name the network's name, from its {@code charter.json} or {@code package.json}
 * @param version the network's version
 * @param description the network's description; empty when it has none
 * @param javaSources Java source text by path, e.g. {@code org/example/loc/LetterOfCredit.java}
 * @param resources other archive entries by path: {@code META-INF/charter/model.json} (required) and the
 *     user's files under {@code network/}, e.g. {@code network/models/loc.cto}
 * @param contractClass the fully qualified name of the generated class implementing
 *     {@code dev.charter.runtime.contract.Contract}, which has a public no-argument constructor
 */
public record GeneratedNetwork(String name, String version, String description, Map<String, String> javaSources,
        Map<String, byte[]> resources, String contractClass) {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

    public GeneratedNetwork {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        description = description == null ? "" : LINE_BREAKS.matcher(description.strip()).replaceAll(" ");
        Objects.requireNonNull(contractClass, "contractClass");
        if (!SourceVersion.isName(contractClass)) {
            throw new IllegalArgumentException("The contract class " + contractClass + " is not a qualified Java name");
        }
        Map<String, String> sources = new TreeMap<>();
        javaSources.forEach((path, text) -> {
            checkPath("Java source", path);
            if (!path.endsWith(".java")) {
                throw new IllegalArgumentException("The Java source " + path + " does not end in .java");
            }
            sources.put(path, Objects.requireNonNull(text, path));
        });
        javaSources = Collections.unmodifiableMap(sources);
        Map<String, byte[]> copied = new TreeMap<>();
        resources.forEach((path, bytes) -> {
            checkPath("resource", path);
            if (path.startsWith(NetworkArchive.JAVA_SOURCES_FOLDER) || path.equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                throw new IllegalArgumentException("The resource " + path + " is in a place the archive writer fills");
            }
            copied.put(path, bytes.clone());
        });
        if (!copied.containsKey(NetworkArchive.MODEL_ENTRY)) {
            throw new IllegalArgumentException("A network needs its model, " + NetworkArchive.MODEL_ENTRY);
        }
        resources = Collections.unmodifiableMap(copied);
    }

    /**
     * A network laid out as archives hold it: the model at {@code META-INF/charter/model.json}, and each
     * of the user's files (by its path in the network folder, {@code models/loc.cto}) under {@code network/}.
     */
    public static GeneratedNetwork of(String name, String version, String description, Map<String, String> javaSources,
            byte[] modelJson, Map<String, String> networkFiles, String contractClass) {
        return of(name, version, description, javaSources, Map.of(NetworkArchive.MODEL_ENTRY, modelJson), networkFiles,
                contractClass);
    }

    /**
     * The same, with metadata entries by archive path: {@code META-INF/charter/model.json} and, for a
     * network with queries, {@code META-INF/charter/queries.json}.
     */
    public static GeneratedNetwork of(String name, String version, String description, Map<String, String> javaSources,
            Map<String, byte[]> metadata, Map<String, String> networkFiles, String contractClass) {
        Map<String, byte[]> resources = new TreeMap<>(metadata);
        networkFiles.forEach((path, text) -> resources.put(NetworkArchive.NETWORK_FOLDER + path, text.getBytes(UTF_8)));
        return new GeneratedNetwork(name, version, description, javaSources, resources, contractClass);
    }

    private static void checkPath(String what, String path) {
        boolean valid = !path.isEmpty() && !path.startsWith("/") && !path.endsWith("/") && path.indexOf('\\') < 0
                && Arrays.stream(path.split("/", -1)).noneMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."));
        if (!valid) {
            throw new IllegalArgumentException("The " + what + " path " + path
                    + " is not a relative path with '/' separators");
        }
    }
}
