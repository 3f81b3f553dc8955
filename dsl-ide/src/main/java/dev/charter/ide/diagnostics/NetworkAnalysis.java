package dev.charter.ide.diagnostics;

import com.google.inject.Singleton;
import dev.charter.compiler.NetworkChecker;
import dev.charter.compiler.load.NetworkLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Runs {@code charter check}'s checker on the networks open in the editor, on the texts the
 * editor holds, and remembers the last result per network so that validating each of a
 * network's files after one change checks the network once.
 */
@Singleton
public class NetworkAnalysis {

    private final NetworkChecker checker = new NetworkChecker();
    private final Map<Path, CheckedNetwork> last = new ConcurrentHashMap<>();

    /**
     * Checks the network at {@code root}, reading each file through {@code reader} (which
     * returns an open editor's text, the file on disk, or null when it cannot be read).
     */
    public synchronized CheckedNetwork check(Path root, Function<Path, String> reader) {
        Map<Path, String> texts = new LinkedHashMap<>();
        for (Path file : NetworkLoader.networkFiles(root)) {
            String text = reader.apply(file);
            if (text != null) {
                texts.put(file, text);
            }
        }
        for (String descriptor : new String[] {"charter.json", "package.json"}) {
            String text = disk(root.resolve(descriptor));
            if (text != null) {
                texts.put(root.resolve(descriptor), text);
            }
        }
        CheckedNetwork previous = last.get(root);
        if (previous != null && previous.texts().equals(texts)) {
            return previous;
        }
        CheckedNetwork checked = new CheckedNetwork(root, texts, checker.check(root, texts));
        last.put(root, checked);
        return checked;
    }

    /** The last check of a network, if it was checked since the server started. */
    public Optional<CheckedNetwork> last(Path root) {
        return Optional.ofNullable(last.get(root));
    }

    /** A file's text on disk, or null. */
    public static String disk(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
