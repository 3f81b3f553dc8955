package dev.charter.compiler;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The Composer sample networks in ../shared/composer-samples; tests skip when they are absent. */
public final class SharedSamples {

    private SharedSamples() {
    }

    /** The samples directory, or a skipped test with a message saying why. */
    public static Path directory() {
        String configured = System.getProperty("charter.shared");
        Path shared = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        Path samples = shared.resolve("composer-samples").toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(samples),
                "Skipped: the Composer samples are not at " + samples + " (../shared is absent in this checkout)");
        return samples;
    }

    /** Every sample network directory, sorted by name. */
    public static List<Path> networks() {
        try (Stream<Path> entries = Files.list(directory())) {
            return entries.filter(p -> Files.isDirectory(p.resolve("models"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
