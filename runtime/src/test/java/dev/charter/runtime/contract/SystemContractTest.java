package dev.charter.runtime.contract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.example.trading.TradingNetwork.WIRE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.access.AccessController;
import dev.charter.runtime.access.AccessDeniedException;
import dev.charter.runtime.access.AccessOperation;
import dev.charter.runtime.context.Submitter;
import dev.charter.runtime.registry.RegistryException;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.state.InMemoryStateStore;
import dev.charter.runtime.state.StateKeys;
import java.time.Instant;
import org.example.trading.Commodity;
import org.example.trading.Trader;
import org.example.trading.TradingContract;
import org.junit.jupiter.api.Test;

/** Composer's registry system transactions, submitted as JSON like any transaction. */
class SystemContractTest {

    private static final Instant SIGNED = Instant.parse("2026-11-21T13:00:00Z");
    private static final Submitter ADMIN = Submitter.admin("admin");
    private static final String COMMODITIES = "resource:org.hyperledger.composer.system.AssetRegistry#" + Commodity.TYPE;
    private static final String TRADERS = "resource:org.hyperledger.composer.system.ParticipantRegistry#" + Trader.TYPE;
    private static final String JENNY = """
            { "$class": "org.example.trading.Trader", "tradeId": "T1", "firstName": "Jenny", "lastName": "Jones" }""";
    private static final String ABC = """
            { "$class": "org.example.trading.Commodity", "tradingSymbol": "ABC", "description": "Gold",
              "mainExchange": "Euronext", "quantity": 10.5, "owner": "resource:org.example.trading.Trader#T1" }""";

    private final InMemoryStateStore store = new InMemoryStateStore();

    private TransactionOutcome submit(AccessController access, String id, String json) {
        return new TransactionExecutor(WIRE, new dev.charter.runtime.validation.Validator(WIRE.model()), access,
                TradingContract.create(), store).execute(json.getBytes(UTF_8), id, SIGNED, ADMIN);
    }

    private TransactionOutcome submit(String id, String json) {
        return submit(AccessController.ALLOW_ALL, id, json);
    }

    private static String change(String type, String registry, String resources) {
        return """
                { "$class": "org.hyperledger.composer.system.%s", "targetRegistry": "%s", "resources": [ %s ] }"""
                .formatted(type, registry, resources);
    }

    private JsonNode stored(String type, String id) {
        return store.get(StateKeys.resource(type, id)).map(WIRE::readTree).orElse(null);
    }

    @Test
    void addAssetAddsTheResourcesAndTheHistorianRecordsTheSystemTransaction() {
        submit("tx1", change("AddParticipant", TRADERS, JENNY)).orThrow();
        submit("tx2", change("AddAsset", COMMODITIES, ABC)).orThrow();

        assertThat(stored(Commodity.TYPE, "ABC").get("description").asText()).isEqualTo("Gold");
        assertThat(stored(Trader.TYPE, "T1").get("lastName").asText()).isEqualTo("Jones");
        JsonNode record = WIRE.readTree(store.get(StateKeys.historian("tx2")).orElseThrow());
        assertThat(record.get("transactionType").asText()).isEqualTo("org.hyperledger.composer.system.AddAsset");
        assertThat(store.history(StateKeys.resource(Commodity.TYPE, "ABC")))
                .singleElement().satisfies(v -> assertThat(v.transactionId()).isEqualTo("tx2"));
    }

    @Test
    void updateAssetReplacesTheResourceAndRemoveAssetRemovesItById() {
        submit("tx1", change("AddAsset", COMMODITIES, ABC)).orThrow();
        submit("tx2", change("UpdateAsset", COMMODITIES, ABC.replace("Gold", "Silver"))).orThrow();
        assertThat(stored(Commodity.TYPE, "ABC").get("description").asText()).isEqualTo("Silver");

        submit("tx3", """
                { "$class": "org.hyperledger.composer.system.RemoveAsset", "targetRegistry": "%s",
                  "resources": [], "resourceIds": [ "ABC" ] }""".formatted(COMMODITIES)).orThrow();
        assertThat(stored(Commodity.TYPE, "ABC")).isNull();
        assertThat(store.history(StateKeys.resource(Commodity.TYPE, "ABC"))).extracting(v -> v.transactionId())
                .containsExactly("tx1", "tx2", "tx3");
    }

    @Test
    void addingAnExistingResourceFailsWithComposersMessageAndWritesNothing() {
        submit("tx1", change("AddAsset", COMMODITIES, ABC)).orThrow();
        TransactionOutcome outcome = submit("tx2", change("AddAsset", COMMODITIES, ABC.replace("Gold", "Lead")));

        assertThat(outcome).isInstanceOfSatisfying(TransactionOutcome.Failed.class, failed -> {
            assertThat(failed.message()).isEqualTo(
                    "Object with ID 'ABC' in collection with ID 'Asset:org.example.trading.Commodity' already exists");
            assertThat(failed.cause()).isInstanceOf(RegistryException.class);
        });
        assertThat(stored(Commodity.TYPE, "ABC").get("description").asText()).isEqualTo("Gold");
        assertThat(store.get(StateKeys.historian("tx2"))).isEmpty();
    }

    @Test
    void updatingAMissingResourceFails() {
        TransactionOutcome outcome = submit("tx1", change("UpdateAsset", COMMODITIES, ABC));
        assertThat(outcome).isInstanceOfSatisfying(TransactionOutcome.Failed.class, failed -> assertThat(failed.message())
                .isEqualTo("Object with ID 'ABC' in collection with ID 'Asset:org.example.trading.Commodity' does not exist"));
    }

    @Test
    void theAccessControllerIsAskedForEachResource() {
        AccessController noNewCommodities = (operation, subject, resource) ->
                !(operation == AccessOperation.CREATE && resource instanceof Commodity);
        TransactionOutcome outcome = submit(noNewCommodities, "tx1", change("AddAsset", COMMODITIES, ABC));

        assertThat(outcome).isInstanceOfSatisfying(TransactionOutcome.Failed.class, failed -> {
            assertThat(failed.cause()).isInstanceOf(AccessDeniedException.class);
            assertThat(failed.message()).isEqualTo("The network administrator does not have 'CREATE' access to resource "
                    + "'org.example.trading.Commodity#ABC'");
        });
        assertThat(stored(Commodity.TYPE, "ABC")).isNull();
    }

    @Test
    void systemRegistriesCannotBeChanged() {
        TransactionOutcome outcome = submit("tx1", change("AddAsset",
                "resource:org.hyperledger.composer.system.AssetRegistry#org.hyperledger.composer.system.HistorianRecord", ABC));
        assertThat(outcome).isInstanceOfSatisfying(TransactionOutcome.Failed.class, failed -> assertThat(failed.message())
                .isEqualTo("The registry of org.hyperledger.composer.system.HistorianRecord belongs to the system and cannot"
                        + " be changed by org.hyperledger.composer.system.AddAsset"));
    }

    @Test
    void anAssetRegistryTransactionCannotTargetAParticipantRegistry() {
        TransactionOutcome outcome = submit("tx1", change("AddAsset", TRADERS, ABC));
        assertThat(outcome).isInstanceOfSatisfying(TransactionOutcome.Failed.class, failed -> assertThat(failed.message())
                .isEqualTo("org.hyperledger.composer.system.AddAsset needs a target registry of type "
                        + "org.hyperledger.composer.system.AssetRegistry, not org.hyperledger.composer.system.ParticipantRegistry"));
    }

    @Test
    void anUnknownRegistryTypeIsNamed() {
        TransactionOutcome outcome = submit("tx1", change("AddAsset",
                "resource:org.hyperledger.composer.system.AssetRegistry#org.example.trading.Gold", ABC));
        assertThat(outcome).isInstanceOfSatisfying(TransactionOutcome.Failed.class, failed -> assertThat(failed.message())
                .isEqualTo("There is no registry of org.example.trading.Gold: it is not an asset or participant type of the network"));
    }

    @Test
    void theRegistryObjectsRoundTripThroughTheWireFormat() {
        dev.charter.runtime.resource.AddParticipant add = new dev.charter.runtime.resource.AddParticipant();
        add.setTargetRegistry(Relationship.of("org.hyperledger.composer.system.ParticipantRegistry", Trader.TYPE));
        add.setResources(java.util.List.of(org.example.trading.TradingNetwork.trader("T9", "Ann", "Lee")));
        TransactionOutcome outcome = new TransactionExecutor(WIRE, TradingContract.create(), store)
                .execute(add, "tx1", SIGNED, ADMIN);
        assertThat(outcome).isInstanceOf(TransactionOutcome.Committed.class);
        assertThat(new String(store.get(StateKeys.transaction("tx1")).orElseThrow(), UTF_8))
                .startsWith("{\"$class\":\"org.hyperledger.composer.system.AddParticipant\"");
    }
}
