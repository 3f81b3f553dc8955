package dev.charter.compiler.archive;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.charter.runtime.archive.NetworkArchive;
import dev.charter.runtime.context.Submitter;
import dev.charter.runtime.json.WireFormat;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.resource.Resource;
import dev.charter.runtime.state.InMemoryStateStore;
import dev.charter.runtime.state.StateKeys;
import dev.charter.runtime.state.StateWrite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A small trade network written by hand as the code generator writes it
 * ({@code src/test/resources/archive/trading}): Trader, Commodity, Trade, TradeEvent, model.json and the
 * user's files, with two versions of the contract — v2 also records each trade in the description.
 */
final class TradingFixture {

    static final String TRADE = "{\"$class\":\"org.example.trading.Trade\","
            + "\"commodity\":\"resource:org.example.trading.Commodity#ABC\","
            + "\"newOwner\":\"resource:org.example.trading.Trader#T2\"}";
    static final String ABC = StateKeys.resource("org.example.trading.Commodity", "ABC");
    static final Submitter JENNY = Submitter.of(Relationship.of("org.example.trading.Trader", "T1"), "id-jenny");

    private TradingFixture() {
    }

    /** The network with its contract of {@code contract-v1} or {@code contract-v2}. */
    static GeneratedNetwork network(String version, String contract) {
        Path root = root();
        Map<String, String> sources = new TreeMap<>(texts(root.resolve("java")));
        sources.putAll(texts(root.resolve(contract)));
        try {
            return GeneratedNetwork.of("trading", version, "Commodities traded between traders", sources,
                    Files.readAllBytes(root.resolve("model.json")), texts(root.resolve("network")),
                    "org.example.trading.TradingContract");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two traders (Jenny T1, Amy T2) and commodity ABC ("Gold", owned by T1), written in the archive's wire format. */
    static InMemoryStateStore seededStore(NetworkArchive archive) {
        WireFormat wire = archive.wireFormat();
        List<String> resources = List.of(
                "{\"$class\":\"org.example.trading.Trader\",\"tradeId\":\"T1\",\"name\":\"Jenny\"}",
                "{\"$class\":\"org.example.trading.Trader\",\"tradeId\":\"T2\",\"name\":\"Amy\"}",
                "{\"$class\":\"org.example.trading.Commodity\",\"tradingSymbol\":\"ABC\",\"description\":\"Gold\","
                        + "\"owner\":\"resource:org.example.trading.Trader#T1\"}");
        InMemoryStateStore store = new InMemoryStateStore();
        store.commit("genesis", resources.stream().map(json -> {
            Resource resource = (Resource) wire.fromJson(wire.readTree(json.getBytes(UTF_8)));
            return StateWrite.put(StateKeys.resource(resource.$class(), resource.$identifier()), wire.toBytes(resource));
        }).toList());
        return store;
    }

    static Path root() {
        try {
            return Path.of(TradingFixture.class.getResource("/archive/trading").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file under {@code dir} by its path relative to it. */
    static Map<String, String> texts(Path dir) {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                texts.put(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
