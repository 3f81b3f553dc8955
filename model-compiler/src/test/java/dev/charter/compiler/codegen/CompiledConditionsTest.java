package dev.charter.compiler.codegen;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.compiler.EmbeddedNetwork;
import dev.charter.runtime.access.AccessOperation;
import dev.charter.runtime.context.TransactionContext;
import dev.charter.runtime.json.WireFormat;
import dev.charter.runtime.resource.Resource;
import dev.charter.runtime.resource.Transaction;
import dev.charter.runtime.state.StateKeys;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Conditions written in Composer's JavaScript and in Charter, compiled and evaluated: the network is
 * the ConditionTypeCheck fixture that must check without diagnostics (checks/ConditionTypeCheck/negative).
 */
class CompiledConditionsTest {

    private static final String TRADER = "resource:org.example.trade.Trader#";

    private EmbeddedNetwork network;
    private WireFormat wire;

    @BeforeEach
    void compile() throws URISyntaxException {
        network = EmbeddedNetwork.compile(Path.of(getClass().getResource("/checks/ConditionTypeCheck/negative").toURI()));
        wire = network.archive().wireFormat();
        put("""
                {"$class": "org.example.trade.Bank", "bankId": "B1"}""");
        for (String id : new String[] {"T1", "T2", "T3"}) {
            put("""
                    {"$class": "org.example.trade.Trader", "traderId": "%s", "name": "Trader %s",
                     "bank": "resource:org.example.trade.Bank#B1"}""".formatted(id, id));
        }
    }

    @AfterEach
    void close() {
        network.close();
    }

    /** A commodity owned by T1 and held by T2. */
    private Resource commodity(String status, boolean active, String watchers) {
        return (Resource) wire.fromJson(wire.readTree("""
                {"$class": "org.example.trade.Commodity", "symbol": "ABC", "quantity": 1.5, "lots": 1, "volume": 2,
                 "active": %s, "listed": "2026-01-01T00:00:00.000Z", "status": "%s",
                 "origin": {"$class": "org.example.trade.Address", "city": "Paris", "country": "FR"},
                 "tags": [], %s "items": [], "owner": "resource:org.example.trade.Trader#T1",
                 "holders": ["resource:org.example.trade.Trader#T2"], "custodian": "resource:org.example.trade.Bank#B1"}
                """.formatted(active, status, watchers == null ? "" : "\"watchers\": " + watchers + ",").getBytes(UTF_8)));
    }

    private boolean allows(AccessOperation operation, String trader, Resource resource, Transaction transaction) {
        TransactionContext context = network.context(TRADER + trader, transaction);
        return network.archive().accessController().allows(operation, context, resource);
    }

    @Test
    void anOptionalFieldIsTestedForPresenceAndIndexOfFindsTheParticipant() {
        Resource watchedByT3 = commodity("CLOSED", true, "[\"T3\"]");
        Resource unwatched = commodity("CLOSED", true, null);

        assertThat(allows(AccessOperation.READ, "T3", watchedByT3, null)).isTrue();
        assertThat(allows(AccessOperation.READ, "T3", unwatched, null)).isFalse();
        assertThat(allows(AccessOperation.READ, "T1", unwatched, null)).isTrue(); // the owner
    }

    @Test
    void anEnumComparedWithTheNameOfOneOfItsValuesAsAStringComparesTheValue() {
        assertThat(allows(AccessOperation.READ, "T3", commodity("OPEN", false, null), null)).isTrue();
        assertThat(allows(AccessOperation.READ, "T3", commodity("CLOSED", false, null), null)).isFalse();
        assertThat(allows(AccessOperation.READ, "T3", commodity("OPEN", true, null), null)).isFalse();
    }

    @Test
    void aConditionFollowsRelationshipsAndCallsLogicFunctions() {
        Transaction toT2 = wire.fromJson(wire.readTree("""
                {"$class": "org.example.trade.Trade", "transactionId": "t1", "timestamp": "2026-01-02T00:00:00.000Z",
                 "commodity": "resource:org.example.trade.Commodity#ABC", "newOwner": "resource:org.example.trade.Trader#T2"}
                """.getBytes(UTF_8)), Transaction.class);
        Resource held = commodity("OPEN", true, null);

        // isHolder(r, p) and r.owner.bank == p.bank (read from the state) and t.newOwner in r.holders
        assertThat(allows(AccessOperation.UPDATE, "T2", held, toT2)).isTrue();
        assertThat(allows(AccessOperation.UPDATE, "T3", held, toT2)).isFalse();
        assertThat(allows(AccessOperation.UPDATE, "T2", held, null)).isFalse(); // outside a Trade
    }

    private void put(String json) {
        JsonNode tree = wire.readTree(json.getBytes(UTF_8));
        Resource resource = wire.fromJson(tree, Resource.class);
        network.store().put("setup", StateKeys.resource(resource.$class(), resource.$identifier()), wire.toBytes(resource));
    }
}
