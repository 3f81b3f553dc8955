package dev.charter.compiler;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.contract.TransactionOutcome;
import dev.charter.runtime.json.WireFormat;
import dev.charter.runtime.resource.Resource;
import dev.charter.runtime.state.StateEntry;
import dev.charter.runtime.state.StateKeys;
import dev.charter.runtime.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Composer's trade network sample — its model, access rules and queries loaded unchanged from
 * ../shared/composer-samples — with its JavaScript processor rewritten in Charter
 * ({@code composer-logic/trade-network/logic/trading.logic}), compiled and run on in-memory state.
 */
class ComposerTradeNetworkTest {

    private static final String NS = "org.example.trading";
    private static final String LOGIC = "composer-logic/trade-network/logic/trading.logic";

    @TempDir
    Path dir;

    private Path sample;
    private EmbeddedNetwork network;

    @BeforeEach
    void compileTheSampleWithCharterLogic() throws IOException {
        sample = SharedSamples.directory().resolve("trade-network");
        copyTree(sample.resolve("models"), dir.resolve("models"));
        for (String file : List.of("permissions.acl", "queries.qry", "package.json")) {
            Files.copy(sample.resolve(file), dir.resolve(file));
        }
        Files.createDirectories(dir.resolve("logic"));
        try (InputStream logic = getClass().getClassLoader().getResourceAsStream(LOGIC)) {
            assertThat(logic).as("test resource %s", LOGIC).isNotNull();
            Files.copy(logic, dir.resolve("logic/trading.logic"));
        }
        network = EmbeddedNetwork.compile(dir);
    }

    @AfterEach
    void close() {
        if (network != null) {
            network.close();
        }
    }

    @Test
    void compilesWithoutWarningsNowThatEveryTransactionHasAHandler() throws IOException {
        assertThat(network.diagnostics()).isEmpty();

        assertThat(network.archive().name()).isEqualTo("trade-network");
        assertThat(network.archive().version()).isEqualTo("0.2.6");
        for (String file : List.of("models/trading.cto", "permissions.acl", "queries.qry")) {
            assertThat(network.archive().source(file)).as(file).hasValue(Files.readString(sample.resolve(file)));
        }
    }

    @Test
    void tradeMovesTheCommodityToItsNewOwnerAndEmitsTradeNotification() {
        addTradersAndCommodity();

        TransactionOutcome.Committed committed = network.submitAs(NS + ".Trader#TRADER1", """
                {"$class": "org.example.trading.Trade",
                 "commodity": "resource:org.example.trading.Commodity#ABC",
                 "newOwner": "resource:org.example.trading.Trader#TRADER2"}""").orThrow();

        assertThat(network.resource(NS + ".Commodity", "ABC")).hasValueSatisfying(commodity -> {
            assertThat(commodity.get("owner").asText()).isEqualTo("resource:org.example.trading.Trader#TRADER2");
            assertThat(commodity.get("quantity").asDouble()).isEqualTo(72.297);
            assertThat(commodity.get("description").asText()).isEqualTo("Test commodity");
        });

        assertThat(committed.events()).hasSize(1);
        JsonNode event = network.archive().wireFormat().toJson(committed.events().get(0));
        assertThat(event.get("$class").asText()).isEqualTo(NS + ".TradeNotification");
        assertThat(event.get("commodity").asText()).isEqualTo("resource:org.example.trading.Commodity#ABC");
        assertThat(event.get("eventId").asText()).isEqualTo(committed.transactionId() + "#0");

        assertThat(network.historian(committed.transactionId())).hasValueSatisfying(record -> {
            assertThat(record.get("transactionType").asText()).isEqualTo(NS + ".Trade");
            assertThat(record.get("transactionInvoked").asText())
                    .isEqualTo("resource:org.example.trading.Trade#" + committed.transactionId());
            assertThat(record.get("participantInvoking").asText()).isEqualTo("resource:org.example.trading.Trader#TRADER1");
            assertThat(record.get("eventsEmitted")).hasSize(1);
            assertThat(record.get("eventsEmitted").get(0)).isEqualTo(event);
        });
    }

    @Test
    void tradeOfACommodityThatDoesNotExistFailsNamingItAndLeavesNoTrace() {
        addTradersAndCommodity();
        Map<String, String> before = state();

        TransactionOutcome outcome = network.submitAs(NS + ".Trader#TRADER1", """
                {"$class": "org.example.trading.Trade",
                 "commodity": "resource:org.example.trading.Commodity#XYZ",
                 "newOwner": "resource:org.example.trading.Trader#TRADER2"}""");

        // Whether the message also names the transaction's field depends on the generated code: ask for the commodity.
        assertThat(outcome).isInstanceOfSatisfying(TransactionOutcome.Failed.class, failed -> assertThat(failed.message())
                .startsWith("Relationship ")
                .endsWith(" points to org.example.trading.Commodity#XYZ, which does not exist"));
        assertThat(state()).isEqualTo(before);
        assertThat(network.historian(outcome.transactionId())).isEmpty();
        assertThat(network.store().get(StateKeys.transaction(outcome.transactionId()))).isEmpty();
    }

    /**
     * The sample's README scenario: two traders and a commodity. Charter has no setup transaction for
     * them (Composer's AddParticipant and AddAsset system transactions are not executable), so they are
     * validated against the model and written to the state in the archive's canonical wire format.
     */
    private void addTradersAndCommodity() {
        put("""
                {"$class": "org.example.trading.Trader", "tradeId": "TRADER1", "firstName": "Jenny", "lastName": "Jones"}""");
        put("""
                {"$class": "org.example.trading.Trader", "tradeId": "TRADER2", "firstName": "Amy", "lastName": "Williams"}""");
        put("""
                {"$class": "org.example.trading.Commodity", "tradingSymbol": "ABC", "description": "Test commodity",
                 "mainExchange": "Euronext", "quantity": 72.297, "owner": "resource:org.example.trading.Trader#TRADER1"}""");
    }

    private void put(String json) {
        WireFormat wire = network.archive().wireFormat();
        JsonNode tree = wire.readTree(json.getBytes(UTF_8));
        new Validator(network.archive().model()).validate(tree);
        Resource resource = wire.fromJson(tree, Resource.class);
        network.store().put("setup", StateKeys.resource(resource.$class(), resource.$identifier()), wire.toBytes(resource));
    }

    /** Every key in the state with its value as text. */
    private Map<String, String> state() {
        Map<String, String> state = new LinkedHashMap<>();
        for (StateEntry entry : network.store().scan("")) {
            state.put(entry.key(), new String(entry.value(), UTF_8));
        }
        return state;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
