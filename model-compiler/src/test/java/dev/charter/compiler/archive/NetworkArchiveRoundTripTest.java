package dev.charter.compiler.archive;

import static dev.charter.compiler.archive.TradingFixture.ABC;
import static dev.charter.compiler.archive.TradingFixture.JENNY;
import static dev.charter.compiler.archive.TradingFixture.TRADE;
import static dev.charter.compiler.archive.TradingFixture.network;
import static dev.charter.compiler.archive.TradingFixture.seededStore;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.archive.ArchiveException;
import dev.charter.runtime.archive.ArchiveManifest;
import dev.charter.runtime.archive.NetworkArchive;
import dev.charter.runtime.contract.TransactionOutcome;
import dev.charter.runtime.resource.Asset;
import dev.charter.runtime.state.InMemoryStateStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From generated sources to a .cna and back: compiled, written, opened in its own class loader and executed. */
class NetworkArchiveRoundTripTest {

    private static final Instant SIGNED = Instant.parse("2026-11-21T13:00:00Z");

    /** Compiling takes a second or two: the archives every test reads are written once. */
    private static byte[] v1;
    private static byte[] v2;

    @TempDir
    Path dir;

    @BeforeAll
    static void compile() {
        ArchiveWriter writer = new ArchiveWriter();
        v1 = writer.toBytes(network("1.0.0", "contract-v1"));
        v2 = writer.toBytes(network("2.0.0", "contract-v2"));
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static JsonNode stored(NetworkArchive archive, InMemoryStateStore store) {
        return archive.wireFormat().readTree(store.get(ABC).orElseThrow());
    }

    /** The archive's entries in file order, read with plain java.util.zip. */
    private static Map<String, byte[]> entries(byte[] archive) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getTimeLocal()).isEqualTo(LocalDateTime.of(1980, 2, 1, 0, 0));
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void executesATradeFromTheCompiledArchive() throws IOException {
        Path file = dir.resolve("out/trading.cna");
        ArchiveManifest written = new ArchiveWriter().write(network("1.0.0", "contract-v1"), file);

        try (NetworkArchive archive = NetworkArchive.open(file)) {
            InMemoryStateStore store = seededStore(archive);
            TransactionOutcome.Committed committed = archive.executor(store)
                    .execute(TRADE.getBytes(UTF_8), "tx1", SIGNED, JENNY).orThrow();

            assertThat(stored(archive, store).get("owner").asText()).isEqualTo("resource:org.example.trading.Trader#T2");
            assertThat(stored(archive, store).get("description").asText()).isEqualTo("Gold");
            assertThat(committed.events()).singleElement().satisfies(event -> {
                assertThat(event.$class()).isEqualTo("org.example.trading.TradeEvent");
                JsonNode json = archive.wireFormat().toJson(event);
                assertThat(json.get("eventId").asText()).isEqualTo("tx1#0");
                assertThat(json.get("oldOwner").asText()).isEqualTo("resource:org.example.trading.Trader#T1");
                assertThat(json.get("newOwner").asText()).isEqualTo("resource:org.example.trading.Trader#T2");
            });
            assertThat(archive.contentHash()).isEqualTo(written.contentHash());
        }
    }

    @Test
    void writesTheManifestAndTheNetworksFiles() throws IOException {
        try (NetworkArchive archive = NetworkArchive.open(file("trading.cna", v1))) {
            assertThat(archive.name()).isEqualTo("trading");
            assertThat(archive.version()).isEqualTo("1.0.0");
            assertThat(archive.description()).isEqualTo("Commodities traded between traders");
            // Under Maven the model compiler's classes are a directory, which has no implementation version.
            assertThat(archive.charterVersion()).isEqualTo("development").isEqualTo(ArchiveWriter.charterVersion());
            assertThat(archive.contentHash()).matches("sha256:[0-9a-f]{64}");
            assertThat(archive.contract().getClass().getName()).isEqualTo("org.example.trading.TradingContract");
            assertThat(archive.sources()).containsExactly("charter.json", "logic/trading.logic", "models/trading.cto");
            assertThat(archive.source("models/trading.cto"))
                    .contains(Files.readString(TradingFixture.root().resolve("network/models/trading.cto")));
        }
    }

    @Test
    void laysOutTheJarWithTheManifestFirstThenEntriesInNameOrder() throws IOException {
        Map<String, byte[]> entries = entries(v1);

        assertThat(entries.keySet()).containsExactly(
                "META-INF/MANIFEST.MF",
                "META-INF/charter/model.json",
                "network/charter.json",
                "network/logic/trading.logic",
                "network/models/trading.cto",
                "org/example/trading/Commodity.class",
                "org/example/trading/Trade.class",
                "org/example/trading/TradeEvent.class",
                "org/example/trading/Trader.class",
                "org/example/trading/TradingContract.class",
                "sources/org/example/trading/Commodity.java",
                "sources/org/example/trading/Trade.java",
                "sources/org/example/trading/TradeEvent.java",
                "sources/org/example/trading/Trader.java",
                "sources/org/example/trading/TradingContract.java");
        assertThat(new String(entries.get("sources/org/example/trading/TradingContract.java"), UTF_8))
                .isEqualTo(Files.readString(TradingFixture.root().resolve("contract-v1/org/example/trading/TradingContract.java")));
        Manifest manifest = new Manifest(new ByteArrayInputStream(entries.get("META-INF/MANIFEST.MF")));
        assertThat(manifest.getMainAttributes().getValue("Charter-Contract-Class"))
                .isEqualTo("org.example.trading.TradingContract");
    }

    @Test
    void writesByteIdenticalArchivesForIdenticalInput() {
        byte[] again = new ArchiveWriter().toBytes(network("1.0.0", "contract-v1"));

        assertThat(again).isEqualTo(v1);
    }

    @Test
    void refusesAnArchiveWithOneByteOfAnEntryChanged() throws IOException {
        // Rewritten as a well-formed jar, so that only the content hash can notice.
        List<Map.Entry<String, byte[]>> entries = new ArrayList<>(entries(v1).entrySet());
        Path file = dir.resolve("tampered.cna");
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries) {
                byte[] bytes = entry.getValue().clone();
                if (entry.getKey().equals("org/example/trading/TradingContract.class")) {
                    bytes[bytes.length - 1] ^= 1;
                }
                jar.putNextEntry(new ZipEntry(entry.getKey()));
                jar.write(bytes);
                jar.closeEntry();
            }
        }

        assertThatThrownBy(() -> NetworkArchive.open(file))
                .isInstanceOf(ArchiveException.class)
                .hasMessageStartingWith("Network archive " + file + " has been altered or damaged since it was written");
    }

    @Test
    void refusesAnArchiveWithOneByteOfTheFileChanged() throws IOException {
        byte[] bytes = v1.clone();
        bytes[bytes.length / 2] ^= 0x20;
        Path file = file("damaged.cna", bytes);

        assertThatThrownBy(() -> NetworkArchive.open(file))
                .isInstanceOf(ArchiveException.class)
                .hasMessageStartingWith("Network archive " + file + " ")
                .hasMessageContaining("damaged");
    }

    @Test
    void runsTwoVersionsOfOneNetworkSideBySide() throws IOException {
        try (NetworkArchive one = NetworkArchive.open(file("trading-1.cna", v1));
                NetworkArchive two = NetworkArchive.open(file("trading-2.cna", v2))) {
            InMemoryStateStore store1 = seededStore(one);
            InMemoryStateStore store2 = seededStore(two);

            one.executor(store1).execute(TRADE.getBytes(UTF_8), "tx1", SIGNED, JENNY).orThrow();
            two.executor(store2).execute(TRADE.getBytes(UTF_8), "tx1", SIGNED, JENNY).orThrow();

            assertThat(stored(one, store1).get("description").asText()).isEqualTo("Gold");
            assertThat(stored(two, store2).get("description").asText()).isEqualTo("Gold, traded to Amy");
            assertThat(stored(one, store1).get("owner")).isEqualTo(stored(two, store2).get("owner"));
            Class<?> commodity1 = one.wireFormat().types().javaClass("org.example.trading.Commodity");
            Class<?> commodity2 = two.wireFormat().types().javaClass("org.example.trading.Commodity");
            assertThat(commodity1.getName()).isEqualTo(commodity2.getName());
            assertThat(commodity1).isNotSameAs(commodity2);
            assertThat(one.contract().getClass()).isNotSameAs(two.contract().getClass());
            // The runtime is shared: both extend the host's Asset.
            assertThat(commodity1.getSuperclass()).isSameAs(Asset.class).isSameAs(commodity2.getSuperclass());
            assertThat(one.contentHash()).isNotEqualTo(two.contentHash());
        }
    }
}
