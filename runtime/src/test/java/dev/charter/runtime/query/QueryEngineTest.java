package dev.charter.runtime.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.example.trading.TradingNetwork.WIRE;

import dev.charter.runtime.access.AccessController;
import dev.charter.runtime.access.AccessSubject;
import dev.charter.runtime.registry.Registry;
import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.resource.Resource;
import dev.charter.runtime.resource.Transaction;
import dev.charter.runtime.state.InMemoryStateStore;
import dev.charter.runtime.state.StateTransaction;
import dev.charter.runtime.validation.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.example.trading.Commodity;
import org.example.trading.Exchange;
import org.example.trading.Trader;
import org.example.trading.TradingNetwork;
import org.example.trading.Warehouse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueryEngineTest {

    private static final String COMMODITY = Commodity.TYPE;
    private static final AccessSubject ADMIN = new AccessSubject() {
        @Override
        public Participant participant() {
            return null;
        }

        @Override
        public Transaction transaction() {
            return null;
        }
    };

    private final InMemoryStateStore store = new InMemoryStateStore();
    private QueryEngine engine;

    private static QueryPlan plan(String name, QueryCondition where, List<List<String>> orderBy, boolean descending) {
        return new QueryPlan(name, COMMODITY, Optional.ofNullable(where), orderBy, descending, Optional.empty(),
                Optional.empty());
    }

    private static QueryCondition.Compare compare(String field, QueryCondition.Operator op, QueryValue value) {
        return new QueryCondition.Compare(List.of(field.split("\\.")), op, value);
    }

    private static QueryValue param(String name) {
        return new QueryValue.Parameter(name);
    }

    private static QueryValue literal(Object value) {
        return new QueryValue.Literal(value);
    }

    private final QueryPlan byOwner = plan("byOwner", compare("owner", QueryCondition.Operator.EQ, param("owner")),
            List.of(), false);
    private final QueryPlan byQuantity = plan("byQuantity", null, List.of(List.of("quantity")), false);

    @BeforeEach
    void load() {
        engine = new QueryEngine(WIRE, QueryCatalog.derive(WIRE.model(), List.of(byOwner, byQuantity)));
        StateTransaction tx = new StateTransaction(store);
        Registry<Commodity> commodities = registry(tx);
        commodities.add(commodity("GOLD", "T1", 10.0, 5, Exchange.NYSE, "metal", "precious"));
        commodities.add(commodity("SILVER", "T1", 60.5, 3, Exchange.Euronext, "metal"));
        commodities.add(commodity("OIL", "T2", 61.0, 3, Exchange.NYSE, "energy"));
        commodities.add(commodity("GAS", "T2", 60.5, 7, Exchange.Euronext, "energy"));
        commodities.add(commodity("CORN", "T3", 100.0, null, Exchange.Euronext));
        tx.commit("load");
    }

    private Registry<Commodity> registry(StateTransaction tx) {
        return new Registry<>(Commodity.class, tx, WIRE, new Validator(WIRE.model()), AccessController.ALLOW_ALL, ADMIN,
                engine.indexes());
    }

    private static Commodity commodity(String symbol, String owner, Double quantity, Integer lots, Exchange exchange,
            String... tags) {
        Commodity commodity = TradingNetwork.commodity(symbol, owner);
        commodity.setQuantity(quantity);
        commodity.setLots(lots);
        commodity.setMainExchange(exchange);
        commodity.setTags(tags.length == 0 ? null : List.of(tags));
        Warehouse warehouse = new Warehouse();
        warehouse.setCountry(owner.equals("T1") ? "UK" : "FR");
        warehouse.setCity("Town");
        commodity.setStoredAt(warehouse);
        return commodity;
    }

    private QueryResult<Resource> run(QueryPlan plan, Map<String, ?> parameters, QueryOptions options) {
        StateTransaction tx = new StateTransaction(store);
        try {
            return engine.run(tx, AccessController.ALLOW_ALL, ADMIN, plan, parameters, options);
        } finally {
            tx.discard();
        }
    }

    private List<String> ids(QueryPlan plan, Map<String, ?> parameters) {
        return ids(run(plan, parameters, QueryOptions.DEFAULT));
    }

    private static List<String> ids(QueryResult<Resource> result) {
        return result.items().stream().map(Resource::$identifier).toList();
    }

    @Test
    void comparesRelationshipsWithResourcesRelationshipsUrisAndIdentifiers() {
        Trader t1 = TradingNetwork.trader("T1", "Ann", "Lee");
        assertThat(ids(byOwner, Map.of("owner", t1))).containsExactly("GOLD", "SILVER");
        assertThat(ids(byOwner, Map.of("owner", Relationship.of(Trader.TYPE, "T2")))).containsExactly("GAS", "OIL");
        assertThat(ids(byOwner, Map.of("owner", "resource:org.example.trading.Trader#T2"))).containsExactly("GAS", "OIL");
        assertThat(ids(byOwner, Map.of("owner", "T3"))).containsExactly("CORN");
    }

    @Test
    void usesTheDerivedIndexForEqualityAndScansOtherwise() {
        assertThat(run(byOwner, Map.of("owner", "resource:org.example.trading.Trader#T1"), QueryOptions.DEFAULT).access())
                .isEqualTo("index org.example.trading.Commodity/owner");
        QueryPlan high = plan("high", compare("quantity", QueryCondition.Operator.GT, literal(new BigDecimal("60"))),
                List.of(), false);
        QueryResult<Resource> scanned = run(high, Map.of(), QueryOptions.DEFAULT);
        assertThat(scanned.access()).isEqualTo("scan");
        assertThat(ids(scanned)).containsExactly("CORN", "GAS", "OIL", "SILVER");
    }

    @Test
    void ordersByFieldThenIdentifierWithAbsentValuesFirst() {
        assertThat(ids(byQuantity, Map.of())).containsExactly("GOLD", "GAS", "SILVER", "OIL", "CORN");
        QueryPlan byLots = plan("byLots", null, List.of(List.of("lots")), false);
        assertThat(ids(byLots, Map.of())).containsExactly("CORN", "OIL", "SILVER", "GOLD", "GAS");
        QueryPlan descending = plan("desc", null, List.of(List.of("lots")), true);
        assertThat(ids(descending, Map.of())).containsExactly("GAS", "GOLD", "SILVER", "OIL", "CORN");
    }

    @Test
    void ordersByEnumNameAndDottedPath() {
        QueryPlan byExchange = plan("byExchange", null, List.of(List.of("mainExchange"), List.of("storedAt", "country")),
                false);
        assertThat(ids(byExchange, Map.of())).containsExactly("CORN", "GAS", "SILVER", "OIL", "GOLD");
    }

    @Test
    void comparesDottedPathsEnumsAndCombinesWithAndOr() {
        QueryCondition uk = compare("storedAt.country", QueryCondition.Operator.EQ, literal("UK"));
        QueryCondition nyse = compare("mainExchange", QueryCondition.Operator.EQ, param("exchange"));
        assertThat(ids(plan("a", new QueryCondition.And(uk, nyse), List.of(), false), Map.of("exchange", Exchange.NYSE)))
                .containsExactly("GOLD");
        assertThat(ids(plan("o", new QueryCondition.Or(uk, nyse), List.of(), false), Map.of("exchange", "NYSE")))
                .containsExactly("GOLD", "OIL", "SILVER");
    }

    @Test
    void absentFieldsMatchNoComparison() {
        QueryPlan notTen = plan("n", compare("lots", QueryCondition.Operator.NE, literal(new BigDecimal("5"))),
                List.of(), false);
        assertThat(ids(notTen, Map.of())).containsExactly("GAS", "OIL", "SILVER");
    }

    @Test
    void containsLooksForOneValueOrEveryValueOfAList() {
        QueryPlan tagged = plan("t", new QueryCondition.Contains(List.of("tags"), param("tag")), List.of(), false);
        assertThat(ids(tagged, Map.of("tag", "metal"))).containsExactly("GOLD", "SILVER");
        assertThat(ids(tagged, Map.of("tag", List.of("metal", "precious")))).containsExactly("GOLD");
        QueryPlan both = plan("b", new QueryCondition.Contains(List.of("tags"),
                new QueryValue.ListValue(List.of(literal("metal"), literal("energy")))), List.of(), false);
        assertThat(ids(both, Map.of())).isEmpty();
    }

    @Test
    void skipAndLimitComeFromLiteralsOrParameters() {
        QueryPlan paged = new QueryPlan("p", COMMODITY, Optional.empty(), List.of(List.of("quantity")), false,
                Optional.of(param("n")), Optional.of(literal(new BigDecimal(1))));
        assertThat(ids(paged, Map.of("n", 2))).containsExactly("GAS", "SILVER");
        assertThatThrownBy(() -> ids(paged, Map.of("n", -1)))
                .isInstanceOf(QueryException.class)
                .hasMessage("LIMIT of query p must be a whole number of at least 0, not -1 (Integer)");
    }

    @Test
    void cursorPagesAreStableWhenResourcesAreAddedBetweenPages() {
        QueryResult<Resource> first = run(byQuantity, Map.of(), QueryOptions.page(2));
        assertThat(ids(first)).containsExactly("GOLD", "GAS");
        StateTransaction tx = new StateTransaction(store);
        registry(tx).add(commodity("AAA", "T1", 1.0, 1, Exchange.NYSE));
        tx.commit("insert");
        List<String> rest = new ArrayList<>();
        Optional<String> cursor = first.nextCursor();
        while (cursor.isPresent()) {
            QueryResult<Resource> page = run(byQuantity, Map.of(), QueryOptions.page(2).after(cursor.get()));
            rest.addAll(ids(page));
            cursor = page.nextCursor();
        }
        assertThat(rest).containsExactly("SILVER", "OIL", "CORN");
    }

    @Test
    void refusesACursorOfAnotherQuery() {
        String cursor = run(byQuantity, Map.of(), QueryOptions.page(1)).nextCursor().orElseThrow();
        assertThatThrownBy(() -> run(byOwner, Map.of("owner", "T1"), QueryOptions.page(1).after(cursor)))
                .isInstanceOf(QueryException.class)
                .hasMessage("The cursor was returned by query byQuantity, not by byOwner");
    }

    @Test
    void leavesOutWhatTheSubjectMayNotRead() {
        AccessController noGold = (operation, subject, resource) -> !resource.$identifier().equals("GOLD");
        StateTransaction tx = new StateTransaction(store);
        QueryResult<Resource> result = engine.run(tx, noGold, ADMIN, byQuantity, Map.of(), QueryOptions.page(2));
        assertThat(ids(result)).containsExactly("GAS", "SILVER");
    }

    @Test
    void seesTheTransactionsOwnWritesAndKeepsIndexesInStepWithUpdatesAndRemovals() {
        StateTransaction tx = new StateTransaction(store);
        Registry<Commodity> commodities = registry(tx);
        Commodity gold = commodities.get("GOLD");
        gold.setOwner(Relationship.of(Trader.TYPE, "T2"));
        commodities.update(gold);
        commodities.remove("OIL");
        QueryResult<Resource> inside = engine.run(tx, AccessController.ALLOW_ALL, ADMIN, byOwner, Map.of("owner", "T2"),
                QueryOptions.DEFAULT);
        assertThat(ids(inside)).containsExactly("GAS", "GOLD");
        tx.commit("move");
        Map<String, ?> t1 = Map.of("owner", Relationship.of(Trader.TYPE, "T1"));
        assertThat(ids(byOwner, t1)).containsExactly("SILVER");
        assertThat(store.scan("index/" + COMMODITY + "/owner/")).hasSize(4);
    }

    @Test
    void comparesDateTimesAsInstants() {
        QueryPlan since = new QueryPlan("since", Trader.TYPE, Optional.of(compare("memberSince", QueryCondition.Operator.GE,
                param("when"))), List.of(), false, Optional.empty(), Optional.empty());
        StateTransaction tx = new StateTransaction(store);
        Registry<Trader> traders = new Registry<>(Trader.class, tx, WIRE, new Validator(WIRE.model()),
                AccessController.ALLOW_ALL, ADMIN);
        Trader early = TradingNetwork.trader("T1", "Ann", "Lee");
        early.setMemberSince(Instant.parse("2020-01-01T00:00:00Z"));
        Trader late = TradingNetwork.trader("T2", "Bob", "Ray");
        late.setMemberSince(Instant.parse("2024-06-01T12:00:00Z"));
        traders.addAll(List.of(early, late));
        tx.commit("traders");
        assertThat(ids(since, Map.of("when", "2024-06-01T14:00:00+02:00"))).containsExactly("T2");
        assertThat(ids(since, Map.of("when", Instant.parse("2019-01-01T00:00:00Z")))).containsExactly("T1", "T2");
    }

    @Test
    void namesAParameterThatIsMissingOrOfTheWrongType() {
        assertThatThrownBy(() -> ids(byOwner, Map.of()))
                .isInstanceOf(QueryException.class).hasMessage("Query byOwner needs parameter owner");
        QueryPlan high = plan("high", compare("quantity", QueryCondition.Operator.GT, param("min")), List.of(), false);
        assertThatThrownBy(() -> ids(high, Map.of("min", "lots")))
                .isInstanceOf(QueryException.class)
                .hasMessage("Parameter min of query high is compared with quantity, a number, but is \"lots\"");
    }

    @Test
    void catalogSurvivesQueriesJson() {
        QueryPlan complex = new QueryPlan("c", COMMODITY, Optional.of(new QueryCondition.Or(
                new QueryCondition.ContainsMatch(List.of("watchers"), compare("x", QueryCondition.Operator.LT, literal(true))),
                new QueryCondition.Contains(List.of("tags"), new QueryValue.ListValue(List.of(literal("a"), param("b")))))),
                List.of(List.of("storedAt", "country")), true, Optional.of(literal(new BigDecimal("2.0"))),
                Optional.of(param("s")));
        QueryCatalog catalog = QueryCatalog.derive(WIRE.model(), List.of(complex, byOwner, byQuantity));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        catalog.write(out);
        assertThat(QueryCatalog.read(new java.io.ByteArrayInputStream(out.toByteArray()))).isEqualTo(catalog);
        assertThat(catalog.indexes()).extracting(IndexDefinition::name)
                .containsExactly("storedAt.country", "owner", "quantity");
    }

    @Test
    void selectsTransactionsOfTheSelectedTypeFromTheTransactionRecords() {
        org.example.trading.Trade trade = TradingNetwork.trade("GOLD", "T2");
        trade.setTransactionId("tx1");
        trade.setTimestamp(Instant.parse("2026-01-01T00:00:00Z"));
        org.example.trading.CountHoldings count = new org.example.trading.CountHoldings();
        count.setTrader(Relationship.of(Trader.TYPE, "T1"));
        count.setTransactionId("tx2");
        count.setTimestamp(Instant.parse("2026-01-01T00:00:01Z"));
        store.put("tx1", dev.charter.runtime.state.StateKeys.transaction("tx1"), WIRE.toBytes(trade));
        store.put("tx2", dev.charter.runtime.state.StateKeys.transaction("tx2"), WIRE.toBytes(count));
        QueryPlan trades = new QueryPlan("trades", org.example.trading.Trade.TYPE, Optional.of(compare("newOwner",
                QueryCondition.Operator.EQ, param("owner"))), List.of(), false, Optional.empty(), Optional.empty());
        assertThat(ids(trades, Map.of("owner", "T2"))).containsExactly("tx1");
        assertThat(ids(trades, Map.of("owner", "T1"))).isEmpty();
    }

    @Test
    void selectsTheExactTypeUnlessSubtypesAreAskedFor() {
        StateTransaction tx = new StateTransaction(store);
        new Registry<>(Trader.class, tx, WIRE, new Validator(WIRE.model()), AccessController.ALLOW_ALL, ADMIN)
                .add(TradingNetwork.trader("T1", "Ann", "Lee"));
        dev.charter.runtime.resource.NetworkAdmin admin = new dev.charter.runtime.resource.NetworkAdmin();
        admin.setParticipantId("admin");
        new Registry<>(dev.charter.runtime.resource.NetworkAdmin.class, tx, WIRE, new Validator(WIRE.model()),
                AccessController.ALLOW_ALL, ADMIN).add(admin);
        tx.commit("participants");
        QueryPlan participants = new QueryPlan("participants", "org.hyperledger.composer.system.Participant",
                Optional.empty(), List.of(), false, Optional.empty(), Optional.empty());
        assertThat(ids(participants, Map.of())).isEmpty();
        assertThat(ids(run(participants, Map.of(), QueryOptions.DEFAULT.withSubtypes()))).containsExactly("T1", "admin");
    }

    @Test
    void historyQueriesLeaveOutTheRecordsTheSubjectMayNotRead() {
        for (String id : List.of("tx1", "tx2")) {
            dev.charter.runtime.resource.HistorianRecord record = new dev.charter.runtime.resource.HistorianRecord();
            record.setTransactionId(id);
            record.setTransactionType(org.example.trading.Trade.TYPE);
            record.setTransactionInvoked(Relationship.of(org.example.trading.Trade.TYPE, id));
            record.setTransactionTimestamp(Instant.parse("2026-01-01T00:00:00Z"));
            store.put(id, dev.charter.runtime.state.StateKeys.historian(id), WIRE.toBytes(record));
        }
        QueryPlan history = new QueryPlan("history", dev.charter.runtime.resource.HistorianRecord.TYPE,
                Optional.of(compare("transactionType", QueryCondition.Operator.EQ, literal(org.example.trading.Trade.TYPE))),
                List.of(), false, Optional.empty(), Optional.empty());
        AccessController notTx2 = (operation, subject, resource) -> !resource.$identifier().equals("tx2");
        StateTransaction tx = new StateTransaction(store);
        assertThat(ids(engine.run(tx, AccessController.ALLOW_ALL, ADMIN, history, Map.of(), QueryOptions.DEFAULT)))
                .containsExactly("tx1", "tx2");
        assertThat(ids(engine.run(tx, notTx2, ADMIN, history, Map.of(), QueryOptions.DEFAULT))).containsExactly("tx1");
    }
}
