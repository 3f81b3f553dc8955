package dev.charter.compiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.runtime.access.AccessController;
import dev.charter.runtime.access.AccessOperation;
import dev.charter.runtime.contract.TransactionOutcome;
import dev.charter.runtime.json.WireFormat;
import dev.charter.runtime.query.QueryOptions;
import dev.charter.runtime.query.QueryPlan;
import dev.charter.runtime.query.adhoc.AdHocQuery;
import dev.charter.runtime.query.adhoc.AdHocQueryException;
import dev.charter.runtime.query.QueryResult;
import dev.charter.runtime.resource.Resource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queries of Composer's sample networks — models and queries.qry loaded unchanged from
 * ../shared/composer-samples, logic rewritten in Charter under {@code composer-logic/} — compiled and
 * run on in-memory state, from logic and as a client would.
 */
class ComposerSampleQueriesTest {

    @TempDir
    Path dir;

    private EmbeddedNetwork network;

    @AfterEach
    void close() {
        if (network != null) {
            network.close();
        }
    }

    @Test
    void tradeNetworkQueriesSelectByExchangeOwnerAndQuantity() throws IOException {
        network = compile("trade-network", "trading.logic", AccessController.ALLOW_ALL);
        addTradersAndCommodities();

        assertThat(ids(null, "selectCommodities", Map.of())).containsExactly("CORN", "GOLD", "OIL", "WHEAT");
        assertThat(ids(null, "selectCommoditiesByExchange", Map.of("exchange", "Euronext")))
                .containsExactly("CORN", "WHEAT");
        QueryResult<Resource> byOwner = network.query(null, "selectCommoditiesByOwner",
                Map.of("owner", "resource:org.example.trading.Trader#TRADER1"), QueryOptions.DEFAULT);
        assertThat(byOwner.items()).extracting(Resource::$identifier).containsExactly("CORN", "GOLD");
        assertThat(byOwner.access()).isEqualTo("index org.example.trading.Commodity/owner");
        assertThat(ids(null, "selectCommoditiesWithHighQuantity", Map.of())).containsExactly("CORN", "OIL");
    }

    @Test
    void removeHighQuantityCommoditiesRemovesWhatItsQueryReturnsAndTheirIndexEntries() throws IOException {
        network = compile("trade-network", "trading.logic", AccessController.ALLOW_ALL);
        addTradersAndCommodities();

        TransactionOutcome.Committed committed = network.submitAsAdmin("""
                {"$class": "org.example.trading.RemoveHighQuantityCommodities"}""").orThrow();

        WireFormat wire = network.archive().wireFormat();
        assertThat(committed.events()).extracting(e -> wire.toJson(e).get("commodity").asText()).containsExactly(
                "resource:org.example.trading.Commodity#CORN", "resource:org.example.trading.Commodity#OIL");
        assertThat(ids(null, "selectCommodities", Map.of())).containsExactly("GOLD", "WHEAT");
        assertThat(ids(null, "selectCommoditiesByOwner", Map.of("owner", "TRADER1"))).containsExactly("GOLD");
        assertThat(network.store().scan("index/org.example.trading.Commodity/owner/")).hasSize(2);
    }

    @Test
    void tradeMovesACommodityBetweenOwnersInTheOwnerIndex() throws IOException {
        network = compile("trade-network", "trading.logic", AccessController.ALLOW_ALL);
        addTradersAndCommodities();

        network.submitAsAdmin("""
                {"$class": "org.example.trading.Trade", "commodity": "resource:org.example.trading.Commodity#GOLD",
                 "newOwner": "resource:org.example.trading.Trader#TRADER2"}""").orThrow();

        assertThat(ids(null, "selectCommoditiesByOwner", Map.of("owner", "TRADER1"))).containsExactly("CORN");
        assertThat(ids(null, "selectCommoditiesByOwner", Map.of("owner", "TRADER2"))).containsExactly("GOLD", "OIL",
                "WHEAT");
    }

    @Test
    void adHocStatementsRunOnTheTradeNetworkPageByPage() throws IOException {
        network = compile("trade-network", "trading.logic", AccessController.ALLOW_ALL);
        addTradersAndCommodities();
        QueryPlan plan = AdHocQuery.plan("adhoc", "SELECT org.example.trading.Commodity WHERE (quantity >= _$min)"
                + " ORDER BY quantity DESC", network.archive().model());

        QueryResult<Resource> first = network.query(null, plan, Map.of("min", 20), QueryOptions.page(2));
        QueryResult<Resource> second = network.query(null, plan, Map.of("min", 20),
                QueryOptions.page(2).after(first.nextCursor().orElseThrow()));

        assertThat(first.items()).extracting(Resource::$identifier).containsExactly("CORN", "OIL");
        assertThat(second.items()).extracting(Resource::$identifier).containsExactly("WHEAT");
        assertThat(second.nextCursor()).isEmpty();
    }

    @Test
    void adHocStatementsAreCheckedAgainstTheModelWithTheCompilersMessages() throws IOException {
        network = compile("trade-network", "trading.logic", AccessController.ALLOW_ALL);

        assertThatThrownBy(() -> AdHocQuery.plan("adhoc", "SELECT org.example.trading.Commodity\n"
                + "  WHERE (quantty > 5) ORDER BY owner", network.archive().model()))
                .isInstanceOf(AdHocQueryException.class)
                .hasMessage("2:10: error CTR304: Query adhoc: Commodity has no field quantty. Did you mean 'quantity'?\n"
                        + "2:32: error CTR310: Query adhoc orders by owner, which is a relationship to Trader;"
                        + " order by a primitive or enum field");
        assertThatThrownBy(() -> AdHocQuery.plan("adhoc", "SELECT org.example.trading.Commodity WHERE (", network
                .archive().model()))
                .isInstanceOf(AdHocQueryException.class)
                .hasMessageStartingWith("1:45: error CTR001: ");
    }

    @Test
    void vehicleLifecycleSelectsCarsByTheColourInTheirDetailsAndScrapsThem() throws IOException {
        network = compile("vehicle-lifecycle-network", "vda.logic", AccessController.ALLOW_ALL);
        vehicle("V1", "red");
        vehicle("V2", "blue");
        vehicle("V3", "red");

        assertThat(ids(null, "selectAllCarsByColour", Map.of("colour", "red"))).containsExactly("V1", "V3");
        assertThat(ids(null, "selectAllCarsByColour", Map.of("colour", "green"))).isEmpty();

        TransactionOutcome.Committed committed = network.submitAsAdmin("""
                {"$class": "org.vda.ScrapAllVehiclesByColour", "colour": "red"}""").orThrow();

        assertThat(committed.events()).hasSize(2);
        assertThat(network.resource("org.vda.Vehicle", "V1").orElseThrow().get("vehicleStatus").asText())
                .isEqualTo("SCRAPPED");
        assertThat(network.resource("org.vda.Vehicle", "V2").orElseThrow().get("vehicleStatus").asText())
                .isEqualTo("ACTIVE");
    }

    @Test
    void piiNetworkMembersSeeOnlyThemselvesAndWhoAuthorisedThem() throws IOException {
        // The sample's OwnRecordFullAccess and ForeignRecordConditionalAccess rules, composed by hand
        // until compiled access rules arrive: a member reads its own record and those that authorise it.
        AccessController rules = (operation, subject, resource) -> {
            if (subject.participant() == null || operation != AccessOperation.READ) {
                return true;
            }
            String reader = subject.participant().$identifier();
            List<String> authorized = new ArrayList<>();
            network.archive().wireFormat().toJson(resource).path("authorized").forEach(a -> authorized.add(a.asText()));
            return resource.$identifier().equals(reader) || authorized.contains(reader);
        };
        network = compile("pii-network", null, rules);
        member("alice@example.com", List.of());
        member("bob@example.com", List.of("alice@example.com"));
        member("carol@example.com", List.of("bob@example.com"));

        assertThat(ids("org.acme.pii.Member#alice@example.com", "selectMembers", Map.of()))
                .containsExactly("alice@example.com", "bob@example.com");
        assertThat(ids("org.acme.pii.Member#bob@example.com", "selectMembers", Map.of()))
                .containsExactly("bob@example.com", "carol@example.com");
        assertThat(ids(null, "selectMembers", Map.of())).hasSize(3);
        QueryResult<Resource> page = network.query("org.acme.pii.Member#carol@example.com", "selectMembers", Map.of(),
                QueryOptions.page(1));
        assertThat(page.items()).extracting(Resource::$identifier).containsExactly("carol@example.com");
        assertThat(page.nextCursor()).isEmpty();
    }

    private List<String> ids(String participant, String query, Map<String, ?> parameters) {
        return network.query(participant, query, parameters, QueryOptions.DEFAULT).items().stream()
                .map(Resource::$identifier).toList();
    }

    private void addTradersAndCommodities() {
        network.add("""
                {"$class": "org.example.trading.Trader", "tradeId": "TRADER1", "firstName": "Jenny", "lastName": "Jones"}""");
        network.add("""
                {"$class": "org.example.trading.Trader", "tradeId": "TRADER2", "firstName": "Amy", "lastName": "Williams"}""");
        commodity("GOLD", "NYSE", 10, "TRADER1");
        commodity("CORN", "Euronext", 72.297, "TRADER1");
        commodity("OIL", "NYSE", 61, "TRADER2");
        commodity("WHEAT", "Euronext", 60, "TRADER2");
    }

    private void commodity(String symbol, String exchange, double quantity, String owner) {
        network.add("""
                {"$class": "org.example.trading.Commodity", "tradingSymbol": "%s", "description": "%s",
                 "mainExchange": "%s", "quantity": %s, "owner": "resource:org.example.trading.Trader#%s"}"""
                .formatted(symbol, symbol.toLowerCase(), exchange, quantity, owner));
    }

    private void vehicle(String vin, String colour) {
        network.add("""
                {"$class": "org.vda.Vehicle", "vin": "%s", "vehicleStatus": "ACTIVE",
                 "vehicleDetails": {"$class": "org.vda.VehicleDetails", "make": "Arium", "modelType": "Nova",
                                    "colour": "%s"}}""".formatted(vin, colour));
    }

    private void member(String email, List<String> authorized) {
        network.add("""
                {"$class": "org.acme.pii.Member", "email": "%s", "firstName": "F", "lastName": "L", "authorized": [%s]}"""
                .formatted(email, String.join(", ", authorized.stream().map(a -> "\"" + a + "\"").toList())));
    }

    /** The sample's models, queries and descriptor, with its logic in Charter from the test resources. */
    private EmbeddedNetwork compile(String sample, String logic, AccessController access) throws IOException {
        Path source = SharedSamples.directory().resolve(sample);
        copyTree(source.resolve("models"), dir.resolve("models"));
        for (String file : List.of("queries.qry", "package.json")) {
            Files.copy(source.resolve(file), dir.resolve(file));
        }
        if (logic != null) {
            String resource = "composer-logic/" + sample + "/logic/" + logic;
            Files.createDirectories(dir.resolve("logic"));
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                assertThat(in).as("test resource %s", resource).isNotNull();
                Files.copy(in, dir.resolve("logic").resolve(logic));
            }
        }
        return EmbeddedNetwork.compile(dir, access);
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
