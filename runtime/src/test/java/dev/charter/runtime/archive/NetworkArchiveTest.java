package dev.charter.runtime.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.context.Submitter;
import dev.charter.runtime.contract.TransactionOutcome;
import dev.charter.runtime.json.WireFormat;
import dev.charter.runtime.resource.Asset;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.resource.Resource;
import dev.charter.runtime.state.InMemoryStateStore;
import dev.charter.runtime.state.StateKeys;
import dev.charter.runtime.state.StateWrite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Manifest;
import org.example.trading.Commodity;
import org.example.trading.Trade;
import org.example.trading.Trader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkArchiveTest {

    private static final Instant SIGNED = Instant.parse("2026-11-21T13:00:00Z");
    private static final String TRADE = "{\"$class\":\"org.example.trading.Trade\","
            + "\"commodity\":\"resource:org.example.trading.Commodity#ABC\","
            + "\"newOwner\":\"resource:org.example.trading.Trader#T2\"}";
    private static final String ABC = StateKeys.resource(Commodity.TYPE, "ABC");

    @TempDir
    Path dir;

    private Path tradingArchive(String version) {
        return TestArchives.write(dir.resolve("trading-" + version + ".cna"), TestArchives.manifest(version),
                TestArchives.tradingEntries());
    }

    /** Seeds two traders and a commodity owned by T1, written through the archive's own wire format. */
    private static InMemoryStateStore seeded(WireFormat wire) {
        InMemoryStateStore store = new InMemoryStateStore();
        List<String> resources = List.of(
                "{\"$class\":\"org.example.trading.Trader\",\"tradeId\":\"T1\",\"firstName\":\"Jenny\",\"lastName\":\"Jones\"}",
                "{\"$class\":\"org.example.trading.Trader\",\"tradeId\":\"T2\",\"firstName\":\"Amy\",\"lastName\":\"Williams\"}",
                "{\"$class\":\"org.example.trading.Commodity\",\"tradingSymbol\":\"ABC\",\"description\":\"Gold\","
                        + "\"mainExchange\":\"Euronext\",\"quantity\":72.297,"
                        + "\"owner\":\"resource:org.example.trading.Trader#T1\"}");
        store.commit("genesis", resources.stream().map(json -> {
            Resource resource = (Resource) wire.fromJson(wire.readTree(json.getBytes(UTF_8)));
            return StateWrite.put(StateKeys.resource(resource.$class(), resource.$identifier()), wire.toBytes(resource));
        }).toList());
        return store;
    }

    private static Submitter jenny() {
        return Submitter.of(Relationship.of(Trader.TYPE, "T1"), "id-jenny");
    }

    @Test
    void opensTheArchiveAndExecutesATrade() throws IOException {
        try (NetworkArchive archive = NetworkArchive.open(tradingArchive("1.0.0"))) {
            InMemoryStateStore store = seeded(archive.wireFormat());

            TransactionOutcome.Committed committed = archive.executor(store)
                    .execute(TRADE.getBytes(UTF_8), "tx1", SIGNED, jenny()).orThrow();

            JsonNode commodity = archive.wireFormat().readTree(store.get(ABC).orElseThrow());
            assertThat(commodity.get("owner").asText()).isEqualTo("resource:org.example.trading.Trader#T2");
            assertThat(committed.events()).singleElement().satisfies(event -> {
                assertThat(event.$class()).isEqualTo("org.example.trading.TradeEvent");
                assertThat(archive.wireFormat().toJson(event).get("oldOwner").asText())
                        .isEqualTo("resource:org.example.trading.Trader#T1");
            });
        }
    }

    @Test
    void readsTheManifest() throws IOException {
        Path file = tradingArchive("1.2.0");
        ArchiveManifest expected = TestArchives.manifest("1.2.0");
        try (NetworkArchive archive = NetworkArchive.open(file)) {
            assertThat(archive.name()).isEqualTo("trading");
            assertThat(archive.version()).isEqualTo("1.2.0");
            assertThat(archive.description()).isEqualTo("Commodities traded between traders");
            assertThat(archive.charterVersion()).isEqualTo("test");
            assertThat(archive.contentHash()).isEqualTo(ContentHash.of(expected, TestArchives.tradingEntries()))
                    .matches("sha256:[0-9a-f]{64}");
            assertThat(archive.model().type(Commodity.TYPE)).isPresent();
            assertThat(archive).hasToString("trading 1.2.0 (" + archive.contentHash() + ")");
        }
    }

    @Test
    void keepsTheNetworksClassesPrivateAndSharesTheRuntime() throws IOException {
        try (NetworkArchive one = NetworkArchive.open(tradingArchive("1.0.0"));
                NetworkArchive two = NetworkArchive.open(tradingArchive("2.0.0"))) {
            Class<?> first = one.wireFormat().types().javaClass(Commodity.TYPE);
            Class<?> second = two.wireFormat().types().javaClass(Commodity.TYPE);

            // The host has the same classes on its class path; each archive still uses its own.
            assertThat(first.getName()).isEqualTo(Commodity.class.getName());
            assertThat(first).isNotSameAs(Commodity.class).isNotSameAs(second);
            assertThat(first.getClassLoader()).isSameAs(one.contract().getClass().getClassLoader())
                    .isNotSameAs(second.getClassLoader());
            assertThat(first.getSuperclass()).isSameAs(Asset.class);
            assertThat(first.getProtectionDomain().getCodeSource().getLocation())
                    .isEqualTo(dir.resolve("trading-1.0.0.cna").toUri().toURL());
        }
    }

    @Test
    void servesTheArchivesEntriesAsResources() throws IOException {
        try (NetworkArchive archive = NetworkArchive.open(tradingArchive("1.0.0"))) {
            ClassLoader loader = archive.contract().getClass().getClassLoader();
            try (InputStream in = loader.getResourceAsStream(NetworkArchive.MODEL_ENTRY)) {
                assertThat(in.readAllBytes()).isEqualTo(TestArchives.tradingEntries().get(NetworkArchive.MODEL_ENTRY));
            }
            // Resources the archive does not hold come from the runtime's loader.
            assertThat(loader.getResource("dev/charter/runtime/model/system-model.json")).isNotNull();
            assertThat(loader.getResource("no/such/entry")).isNull();
        }
    }

    @Test
    void offersTheNetworksSourceFiles() throws IOException {
        try (NetworkArchive archive = NetworkArchive.open(tradingArchive("1.0.0"))) {
            assertThat(archive.sources()).containsExactly("charter.json", "models/trading.cto");
            assertThat(archive.source("models/trading.cto")).contains(TestArchives.CTO);
            assertThat(archive.source("permissions.acl")).isEmpty();
        }
    }

    @Test
    void createsNoExecutorOnceClosed() throws IOException {
        NetworkArchive archive = NetworkArchive.open(tradingArchive("1.0.0"));
        archive.close();

        assertThatThrownBy(() -> archive.executor(new InMemoryStateStore()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("trading-1.0.0.cna is closed");
    }

    @Test
    void refusesAnAlteredEntry() {
        Map<String, byte[]> entries = TestArchives.tradingEntries();
        ArchiveManifest manifest = TestArchives.manifest("1.0.0");
        String hash = ContentHash.of(manifest, entries);
        byte[] altered = entries.get("org/example/trading/TradingContract.class").clone();
        altered[altered.length / 2] ^= 1;
        entries.put("org/example/trading/TradingContract.class", altered);
        Path file = TestArchives.writeRaw(dir.resolve("altered.cna"), manifest.withContentHash(hash).toManifest(), entries);

        assertThatThrownBy(() -> NetworkArchive.open(file))
                .isInstanceOf(ArchiveException.class)
                .hasMessageStartingWith("Network archive " + file + " has been altered or damaged since it was written")
                .hasMessageContaining("but its manifest records " + hash);
    }

    @Test
    void refusesAnAddedEntry() {
        Map<String, byte[]> entries = TestArchives.tradingEntries();
        ArchiveManifest manifest = TestArchives.manifest("1.0.0");
        String hash = ContentHash.of(manifest, entries);
        entries.put("network/permissions.acl", "rule Everyone { }".getBytes(UTF_8));
        Path file = TestArchives.writeRaw(dir.resolve("added.cna"), manifest.withContentHash(hash).toManifest(), entries);

        assertThatThrownBy(() -> NetworkArchive.open(file)).hasMessageContaining("has been altered or damaged");
    }

    @Test
    void refusesAManifestNamingAnotherContractUnderTheSameHash() {
        Map<String, byte[]> entries = TestArchives.tradingEntries();
        ArchiveManifest manifest = TestArchives.manifest("1.0.0");
        String hash = ContentHash.of(manifest, entries);
        ArchiveManifest redirected = new ArchiveManifest("trading", "1.0.0", manifest.description(),
                "org.example.trading.OtherContract", "test", hash);
        Path file = TestArchives.writeRaw(dir.resolve("redirected.cna"), redirected.toManifest(), entries);

        assertThatThrownBy(() -> NetworkArchive.open(file)).hasMessageContaining("has been altered or damaged");
    }

    @Test
    void refusesDamagedBytes() throws IOException {
        Path file = tradingArchive("1.0.0");
        byte[] bytes = Files.readAllBytes(file);
        // Inside the compressed data of an entry in the middle of the jar.
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(file, bytes);

        assertThatThrownBy(() -> NetworkArchive.open(file))
                .isInstanceOf(ArchiveException.class)
                .hasMessageStartingWith("Network archive " + file + " ")
                .hasMessageContaining("damaged");
    }

    @Test
    void refusesAFileThatIsNotAnArchive() throws IOException {
        Path file = Files.writeString(dir.resolve("trading.cto"), TestArchives.CTO);

        assertThatThrownBy(() -> NetworkArchive.open(file))
                .isInstanceOf(ArchiveException.class)
                .hasMessage("Network archive " + file + " has no META-INF/MANIFEST.MF; it is not a Charter network archive");
    }

    @Test
    void refusesAJarWithoutCharterAttributes() {
        Manifest plain = new Manifest();
        plain.getMainAttributes().putValue("Manifest-Version", "1.0");
        Path file = TestArchives.writeRaw(dir.resolve("plain.jar"), plain, TestArchives.tradingEntries());

        assertThatThrownBy(() -> NetworkArchive.open(file))
                .isInstanceOf(ArchiveException.class)
                .hasMessage("Network archive " + file + " is not a Charter network archive: "
                        + "META-INF/MANIFEST.MF has no Charter-Network-Name attribute");
    }

    @Test
    void refusesAnArchiveWithoutModel() {
        Map<String, byte[]> entries = TestArchives.tradingEntries();
        entries.remove(NetworkArchive.MODEL_ENTRY);
        Path file = TestArchives.write(dir.resolve("no-model.cna"), TestArchives.manifest("1.0.0"), entries);

        assertThatThrownBy(() -> NetworkArchive.open(file))
                .hasMessage("Network archive " + file + " has no META-INF/charter/model.json");
    }

    @Test
    void refusesClassesThatDoNotMatchTheModel() {
        Map<String, byte[]> entries = TestArchives.tradingEntries();
        String model = new String(entries.get(NetworkArchive.MODEL_ENTRY), UTF_8)
                .replace("\"javaClass\": \"org.example.trading.Trade\"", "\"javaClass\": \"org.example.trading.Gold\"");
        entries.put(NetworkArchive.MODEL_ENTRY, model.getBytes(UTF_8));
        Path file = TestArchives.write(dir.resolve("mismatch.cna"), TestArchives.manifest("1.0.0"), entries);

        assertThatThrownBy(() -> NetworkArchive.open(file))
                .isInstanceOf(ArchiveException.class)
                .hasMessageStartingWith("Network archive " + file + ": the classes do not match the model: "
                        + "Class org.example.trading.Gold of type org.example.trading.Trade cannot be loaded");
    }

    @Test
    void refusesAContractClassThatIsNotAContract() {
        ArchiveManifest manifest = new ArchiveManifest("trading", "1.0.0", "", Trade.class.getName(), "test", null);
        Path file = TestArchives.write(dir.resolve("not-a-contract.cna"), manifest, TestArchives.tradingEntries());

        assertThatThrownBy(() -> NetworkArchive.open(file))
                .hasMessage("Network archive " + file + ": its contract class org.example.trading.Trade does not implement "
                        + "dev.charter.runtime.contract.Contract");
    }

    @Test
    void refusesAContractClassOutsideTheArchive() {
        ArchiveManifest manifest = new ArchiveManifest("trading", "1.0.0", "", "org.example.trading.Missing", "test", null);
        Path file = TestArchives.write(dir.resolve("missing-contract.cna"), manifest, TestArchives.tradingEntries());

        assertThatThrownBy(() -> NetworkArchive.open(file))
                .hasMessage("Network archive " + file + ": its contract class org.example.trading.Missing is not in the archive");
    }

    @Test
    void refusesClassesOfTheRuntimesPackages() {
        Map<String, byte[]> entries = new TreeMap<>(TestArchives.tradingEntries());
        entries.put("dev/charter/runtime/resource/Asset.class", entries.get("org/example/trading/Commodity.class"));
        Path file = TestArchives.write(dir.resolve("shadowing.cna"), TestArchives.manifest("1.0.0"), entries);

        assertThatThrownBy(() -> NetworkArchive.open(file))
                .hasMessage("Network archive " + file + " contains dev/charter/runtime/resource/Asset.class, a class of a "
                        + "package the Charter runtime provides; it cannot be loaded from a network archive");
    }
}
