package dev.charter.cli.bench;

import dev.charter.compiler.NetworkCompiler;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.archive.ArchiveManifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Charter's built-in trade network, kept as class path resources under
 * {@code dev/charter/cli/bench/trade-network/}: traders own commodities and a {@code Trade} hands one
 * to a new owner, emitting a {@code TradeNotification}; its access rules let only a commodity's owner trade
 * it. Its shape is that of Composer's trade network sample, so that its figures compare with Composer's;
 * benchmarks and load generators run it.
 */
public final class TradeNetwork {

    public static final String NAMESPACE = "dev.charter.bench.trade";
    public static final String TRADER = NAMESPACE + ".Trader";
    public static final String COMMODITY = NAMESPACE + ".Commodity";
    public static final String TRADE = NAMESPACE + ".Trade";
    public static final String TRADE_NOTIFICATION = NAMESPACE + ".TradeNotification";

    /** The network's files, relative to its directory: a resource directory inside a jar cannot be listed. */
    public static final List<String> FILES = List.of("charter.json", "models/trade.cto", "logic/trade.logic",
            "permissions.acl");

    private static final String RESOURCE_FOLDER = "trade-network/";

    private TradeNetwork() {
    }

    /** Writes the network's files into {@code directory} (created if absent), which then holds the network. */
    public static Path extractTo(Path directory) throws IOException {
        for (String file : FILES) {
            Path target = directory.resolve(file);
            Files.createDirectories(target.getParent());
            try (InputStream in = TradeNetwork.class.getResourceAsStream(RESOURCE_FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("The built-in trade network's file " + file
                            + " is missing from the class path (dev/charter/cli/bench/" + RESOURCE_FOLDER + ")");
                }
                Files.copy(in, target);
            }
        }
        return directory;
    }

    /** Compiles the network into a network archive at {@code file}, replacing it, and returns its manifest. */
    public static ArchiveManifest compileTo(Path file) throws IOException {
        return compileTo(file, Map.of());
    }

    /** The same, with more files in the network ({@code queries.qry} by its text, for example). */
    public static ArchiveManifest compileTo(Path file, Map<String, String> moreFiles) throws IOException {
        Path directory = Files.createTempDirectory("charter-trade-network");
        try {
            extractTo(directory);
            for (Map.Entry<String, String> extra : moreFiles.entrySet()) {
                Files.writeString(directory.resolve(extra.getKey()), extra.getValue());
            }
            NetworkCompiler.Compilation compilation = new NetworkCompiler().compile(directory);
            if (!compilation.check().diagnostics().isEmpty() || compilation.output().isEmpty()) {
                // The network ships with Charter: a diagnostic here is a bug of this build.
                throw new IllegalStateException("The built-in trade network does not compile cleanly:\n"
                        + compilation.check().diagnostics().stream().map(Diagnostic::render)
                                .collect(Collectors.joining("\n")));
            }
            return compilation.writeArchive(file);
        } finally {
            deleteTree(directory);
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
