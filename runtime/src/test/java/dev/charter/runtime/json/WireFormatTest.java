package dev.charter.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.example.trading.TradingNetwork.WIRE;
import static org.example.trading.TradingNetwork.commodity;
import static org.example.trading.TradingNetwork.trade;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.model.TypeInfo;
import dev.charter.runtime.resource.HistorianRecord;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.resource.Transaction;
import dev.charter.runtime.resource.Typed;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.example.trading.Commodity;
import org.example.trading.Port;
import org.example.trading.Trade;
import org.example.trading.TradeEvent;
import org.example.trading.Trader;
import org.example.trading.TradingNetwork;
import org.example.trading.Warehouse;
import org.junit.jupiter.api.Test;

class WireFormatTest {

    private static final String COMMODITY_JSON = "{\"$class\":\"org.example.trading.Commodity\","
            + "\"tradingSymbol\":\"ABC\",\"description\":\"Test commodity\",\"mainExchange\":\"Euronext\","
            + "\"quantity\":72.297,\"owner\":\"resource:org.example.trading.Trader#TRADER1\"}";

    private static String json(Typed value) {
        return new String(WIRE.toBytes(value), StandardCharsets.UTF_8);
    }

    private static JsonNode tree(String json) {
        return WIRE.readTree(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesClassFirstThenModelFieldsAndOmitsAbsentOptionalFields() {
        assertThat(json(commodity("ABC", "TRADER1"))).isEqualTo(COMMODITY_JSON);
    }

    @Test
    void readsWhatItWrote() {
        Commodity read = WIRE.fromJson(tree(COMMODITY_JSON), Commodity.class);

        assertThat(read.getTradingSymbol()).isEqualTo("ABC");
        assertThat(read.getOwner()).isEqualTo(Relationship.of(Trader.TYPE, "TRADER1"));
        assertThat(read.getTags()).isNull();
        assertThat(json(read)).isEqualTo(COMMODITY_JSON);
    }

    @Test
    void writesFieldsInModelOrderWhateverTheJsonOrder() {
        String shuffled = "{\"owner\":\"resource:org.example.trading.Trader#TRADER1\",\"quantity\":72.297,"
                + "\"mainExchange\":\"Euronext\",\"description\":\"Test commodity\",\"tradingSymbol\":\"ABC\","
                + "\"$class\":\"org.example.trading.Commodity\"}";

        assertThat(json(WIRE.fromJson(tree(shuffled)))).isEqualTo(COMMODITY_JSON);
    }

    @Test
    void writesInheritedTransactionFieldsFirstAndDateTimeWithMilliseconds() {
        Trade trade = trade("ABC", "TRADER2");
        trade.setTransactionId("tx1");
        trade.setTimestamp(Instant.parse("2026-11-21T13:00:00Z"));

        assertThat(json(trade)).isEqualTo("{\"$class\":\"org.example.trading.Trade\",\"transactionId\":\"tx1\","
                + "\"timestamp\":\"2026-11-21T13:00:00.000Z\",\"commodity\":\"resource:org.example.trading.Commodity#ABC\","
                + "\"newOwner\":\"resource:org.example.trading.Trader#TRADER2\"}");
    }

    @Test
    void readsTheConcreteTypeThatClassNames() {
        String json = "{\"$class\":\"org.example.trading.Trade\",\"transactionId\":\"tx1\","
                + "\"timestamp\":\"2026-11-21T14:00:00+01:00\",\"commodity\":\"resource:org.example.trading.Commodity#ABC\","
                + "\"newOwner\":\"resource:org.example.trading.Trader#TRADER2\"}";

        Transaction tx = WIRE.fromJson(tree(json), Transaction.class);

        assertThat(tx).isInstanceOf(Trade.class);
        assertThat(tx.getTimestamp()).isEqualTo(Instant.parse("2026-11-21T13:00:00Z"));
    }

    @Test
    void writesArraysConceptsWithTheirClassAndRelationshipArrays() {
        Commodity commodity = commodity("ABC", "T1");
        commodity.setTags(List.of("metal", "raw"));
        commodity.setLots(5);
        commodity.setVolume(12_000_000_000L);
        Warehouse warehouse = new Warehouse();
        warehouse.setCountry("NL");
        warehouse.setCity("Rotterdam");
        commodity.setStoredAt(warehouse);
        commodity.setWatchers(List.of(Relationship.of(Trader.TYPE, "T2"), Relationship.of(Trader.TYPE, "T3")));

        String json = json(commodity);

        assertThat(json).isEqualTo("{\"$class\":\"org.example.trading.Commodity\",\"tradingSymbol\":\"ABC\","
                + "\"description\":\"Test commodity\",\"mainExchange\":\"Euronext\",\"quantity\":72.297,"
                + "\"owner\":\"resource:org.example.trading.Trader#T1\",\"tags\":[\"metal\",\"raw\"],\"lots\":5,"
                + "\"volume\":12000000000,\"storedAt\":{\"$class\":\"org.example.trading.Warehouse\",\"country\":\"NL\","
                + "\"city\":\"Rotterdam\"},\"watchers\":[\"resource:org.example.trading.Trader#T2\","
                + "\"resource:org.example.trading.Trader#T3\"]}");
        Commodity read = WIRE.fromJson(tree(json), Commodity.class);
        assertThat(read.getStoredAt()).isInstanceOf(Warehouse.class);
        assertThat(((Warehouse) read.getStoredAt()).getCity()).isEqualTo("Rotterdam");
        assertThat(read.getWatchers()).containsExactly(Relationship.of(Trader.TYPE, "T2"), Relationship.of(Trader.TYPE, "T3"));
        assertThat(json(read)).isEqualTo(json);
    }

    @Test
    void readsANestedConceptWithoutClassAsItsDeclaredConcreteType() {
        ModelInfo model = TradingNetwork.MODEL;
        assertThat(model.require("org.example.trading.Port").isAbstract()).isFalse();
        String json = "{\"$class\":\"org.example.trading.Commodity\",\"tradingSymbol\":\"ABC\","
                + "\"description\":\"d\",\"mainExchange\":\"LSE\",\"quantity\":1,"
                + "\"owner\":\"resource:org.example.trading.Trader#T1\","
                + "\"storedAt\":{\"$class\":\"org.example.trading.Port\",\"country\":\"NL\",\"portCode\":\"nlrtm\"}}";

        Commodity read = WIRE.fromJson(tree(json), Commodity.class);

        assertThat(read.getStoredAt()).isInstanceOf(Port.class);
        assertThat(read.getQuantity()).isEqualTo(1.0);
    }

    @Test
    void keepsTheDefaultOfAFieldTheJsonLeavesOutOrSetsToNull() {
        Trader absent = WIRE.fromJson(tree("{\"$class\":\"org.example.trading.Trader\",\"tradeId\":\"T1\","
                + "\"firstName\":\"Jenny\",\"lastName\":\"Jones\"}"), Trader.class);
        Trader nulled = WIRE.fromJson(tree("{\"$class\":\"org.example.trading.Trader\",\"tradeId\":\"T1\","
                + "\"firstName\":\"Jenny\",\"lastName\":\"Jones\",\"active\":null}"), Trader.class);

        assertThat(absent.getActive()).isTrue();
        assertThat(nulled.getActive()).isTrue();
        assertThat(json(absent)).isEqualTo("{\"$class\":\"org.example.trading.Trader\",\"tradeId\":\"T1\","
                + "\"firstName\":\"Jenny\",\"lastName\":\"Jones\",\"active\":true}");
    }

    @Test
    void writesEventsInsideAHistorianRecordWithTheirOwnClass() {
        TradeEvent event = new TradeEvent();
        event.setEventId("tx1#0");
        event.setTimestamp(Instant.parse("2026-11-21T13:00:00.5Z"));
        event.setCommodity(Relationship.of(Commodity.TYPE, "ABC"));
        event.setOldOwner(Relationship.of(Trader.TYPE, "T1"));
        event.setNewOwner(Relationship.of(Trader.TYPE, "T2"));
        HistorianRecord record = new HistorianRecord();
        record.setTransactionId("tx1");
        record.setTransactionType(Trade.TYPE);
        record.setTransactionInvoked(Relationship.of(Trade.TYPE, "tx1"));
        record.setEventsEmitted(List.of(event));
        record.setTransactionTimestamp(Instant.parse("2026-11-21T13:00:00.5Z"));

        String json = json(record);

        assertThat(json).isEqualTo("{\"$class\":\"org.hyperledger.composer.system.HistorianRecord\","
                + "\"transactionId\":\"tx1\",\"transactionType\":\"org.example.trading.Trade\","
                + "\"transactionInvoked\":\"resource:org.example.trading.Trade#tx1\","
                + "\"eventsEmitted\":[{\"$class\":\"org.example.trading.TradeEvent\",\"eventId\":\"tx1#0\","
                + "\"timestamp\":\"2026-11-21T13:00:00.500Z\",\"commodity\":\"resource:org.example.trading.Commodity#ABC\","
                + "\"oldOwner\":\"resource:org.example.trading.Trader#T1\","
                + "\"newOwner\":\"resource:org.example.trading.Trader#T2\"}],"
                + "\"transactionTimestamp\":\"2026-11-21T13:00:00.500Z\"}");
        HistorianRecord read = WIRE.fromJson(tree(json), HistorianRecord.class);
        assertThat(read.getEventsEmitted()).singleElement().isInstanceOf(TradeEvent.class);
    }

    @Test
    void writesDoublesInTheirShortestForm() {
        Commodity commodity = commodity("ABC", "T1");
        commodity.setQuantity(2.0E23);

        assertThat(json(commodity)).contains("\"quantity\":2.0E23");
    }

    @Test
    void rejectsAnUnknownClassInsteadOfFallingBackToTheRequestedType() {
        String json = COMMODITY_JSON.replace("org.example.trading.Commodity", "org.example.trading.Gold");

        assertThatThrownBy(() -> WIRE.fromJson(tree(json), Commodity.class))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("Cannot read $class org.example.trading.Gold: it is not a type of the model");
    }

    @Test
    void rejectsAClassOfAnotherType() {
        String json = "{\"$class\":\"org.example.trading.Trader\",\"tradeId\":\"T1\",\"firstName\":\"a\",\"lastName\":\"b\"}";

        assertThatThrownBy(() -> WIRE.fromJson(tree(json), Commodity.class))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("org.example.trading.Trader");
    }

    @Test
    void refusesAClassWhoseFieldsDoNotMatchItsModelType() {
        ModelInfo fewer = ModelInfo.of(TradingNetwork.MODEL.types().values().stream()
                .filter(t -> !t.namespace().equals(ModelInfo.SYSTEM_NAMESPACE))
                .map(t -> t.qualifiedName().equals(Trader.TYPE) ? withoutLastField(t) : t)
                .toList());

        assertThatThrownBy(() -> new WireFormat(fewer, getClass().getClassLoader()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Class org.example.trading.Trader has Java fields [memberSince] that "
                        + "org.example.trading.Trader does not declare");
    }

    private static TypeInfo withoutLastField(TypeInfo t) {
        return new TypeInfo(t.qualifiedName(), t.kind(), t.isAbstract(), t.superType(), t.identifierField(),
                t.fields().subList(0, t.fields().size() - 1), t.enumValues(), t.javaClass());
    }
}
