package dev.charter.runtime.archive;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.example.trading.TradingNetwork;
import org.example.trading.TradingNetworkContract;

/**
 * Network archives assembled with {@code java.util.jar} from the runtime's hand-written trade network
 * (its test classes and model.json), independently of the model compiler's archive writer.
 */
final class TestArchives {

    static final String CTO = "namespace org.example.trading\nasset Commodity identified by tradingSymbol { }\n";

    private TestArchives() {
    }

    /** The trade network's entries: its classes, model and one model file. */
    static Map<String, byte[]> tradingEntries() {
        Map<String, byte[]> entries = new TreeMap<>();
        try {
            Path classes = Path.of(TradingNetwork.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path folder = classes.resolve("org/example/trading");
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    if (file.toString().endsWith(".class")) {
                        entries.put("org/example/trading/" + file.getFileName(), Files.readAllBytes(file));
                    }
                }
            }
            try (InputStream model = TradingNetwork.class.getResourceAsStream("model.json")) {
                entries.put(NetworkArchive.MODEL_ENTRY, model.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        entries.put("network/models/trading.cto", CTO.getBytes(UTF_8));
        entries.put("network/charter.json", "{\"name\":\"trading\",\"version\":\"1.0.0\"}".getBytes(UTF_8));
        return entries;
    }

    static ArchiveManifest manifest(String version) {
        return new ArchiveManifest("trading", version, "Commodities traded between traders",
                TradingNetworkContract.class.getName(), "test", null);
    }

    /** Writes an archive with the correct content hash. */
    static Path write(Path file, ArchiveManifest manifest, Map<String, byte[]> entries) {
        return writeRaw(file, manifest.withContentHash(ContentHash.of(manifest, entries)).toManifest(), entries);
    }

    /** Writes a jar with exactly this manifest and these entries, whatever they say. */
    static Path writeRaw(Path file, Manifest manifest, Map<String, byte[]> entries) {
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                jar.putNextEntry(new ZipEntry(entry.getKey()));
                jar.write(entry.getValue());
                jar.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
