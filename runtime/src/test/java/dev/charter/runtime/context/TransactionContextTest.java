package dev.charter.runtime.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.example.trading.TradingNetwork.WIRE;
import static org.example.trading.TradingNetwork.commodity;
import static org.example.trading.TradingNetwork.trade;
import static org.example.trading.TradingNetwork.trader;

import dev.charter.runtime.access.AccessController;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.state.InMemoryStateStore;
import dev.charter.runtime.state.StateKeys;
import dev.charter.runtime.state.StateTransaction;
import dev.charter.runtime.validation.ValidationException;
import dev.charter.runtime.validation.Validator;
import java.time.Instant;
import org.example.trading.Commodity;
import org.example.trading.Trade;
import org.example.trading.TradeEvent;
import org.example.trading.Trader;
import org.junit.jupiter.api.Test;

class TransactionContextTest {

    private static final Validator VALIDATOR = new Validator(WIRE.model());
    private static final Instant SIGNED = Instant.parse("2026-11-21T13:00:00.250Z");

    private final InMemoryStateStore store = new InMemoryStateStore();
    private final Trade trade = trade("ABC", "T2");

    TransactionContextTest() {
        store.put("tx0", StateKeys.resource(Trader.TYPE, "T1"), WIRE.toBytes(trader("T1", "Jenny", "Jones")));
        store.put("tx0", StateKeys.resource(Commodity.TYPE, "ABC"), WIRE.toBytes(commodity("ABC", "T1")));
        trade.setTransactionId("tx1");
        trade.setTimestamp(SIGNED);
    }

    private TransactionContext context(Submitter submitter) {
        return new TransactionContext(WIRE, VALIDATOR, AccessController.ALLOW_ALL, new StateTransaction(store), trade,
                submitter);
    }

    private static TradeEvent event(String newOwner) {
        TradeEvent event = new TradeEvent();
        event.setCommodity(Relationship.of(Commodity.TYPE, "ABC"));
        event.setOldOwner(Relationship.of(Trader.TYPE, "T1"));
        event.setNewOwner(newOwner == null ? null : Relationship.of(Trader.TYPE, newOwner));
        return event;
    }

    @Test
    void givesTheTransactionsIdAndSignedTimestamp() {
        TransactionContext context = context(Submitter.admin("admin"));

        assertThat(context.transactionId()).isEqualTo("tx1");
        assertThat(context.timestamp()).isEqualTo(SIGNED);
        assertThat(context.transaction()).isSameAs(trade);
        assertThat(context.identityId()).isEqualTo("admin");
    }

    @Test
    void hasNoParticipantForTheNetworkAdministrator() {
        assertThat(context(Submitter.admin("admin")).participant()).isNull();
    }

    @Test
    void readsTheSubmittingParticipantFromTheState() {
        Trader participant = (Trader) context(Submitter.of(Relationship.of(Trader.TYPE, "T1"), "id1")).participant();

        assertThat(participant.getFirstName()).isEqualTo("Jenny");
    }

    @Test
    void reportsASubmitterWhoseParticipantDoesNotExist() {
        TransactionContext context = context(Submitter.of(Relationship.of(Trader.TYPE, "T9"), "id9"));

        assertThatThrownBy(context::participant)
                .isInstanceOf(DanglingRelationshipException.class)
                .hasMessage("Participant org.example.trading.Trader#T9, which submitted the transaction, does not exist");
    }

    @Test
    void emitsEventsNumberedFromZeroWithTheTransactionsTimestamp() {
        TransactionContext context = context(Submitter.admin("admin"));

        context.emit(event("T2"));
        context.emit(event("T3"));

        assertThat(context.events()).extracting(e -> e.getEventId()).containsExactly("tx1#0", "tx1#1");
        assertThat(context.events()).extracting(e -> e.getTimestamp()).containsOnly(SIGNED);
    }

    @Test
    void validatesEventsAndKeepsOnlyValidOnes() {
        TransactionContext context = context(Submitter.admin("admin"));

        assertThatThrownBy(() -> context.emit(event(null)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Instance org.example.trading.TradeEvent#tx1#0 missing required field newOwner");
        assertThat(context.events()).isEmpty();
    }

    @Test
    void resolvesARelationship() {
        Commodity commodity = context(Submitter.admin("admin")).resolve(Relationship.of(Commodity.TYPE, "ABC"));

        assertThat(commodity.getOwner().id()).isEqualTo("T1");
    }

    @Test
    void namesTheFieldAndOwnerOfADanglingRelationship() {
        TransactionContext context = context(Submitter.admin("admin"));
        Commodity commodity = context.get(Commodity.class, "ABC");
        commodity.setOwner(Relationship.of(Trader.TYPE, "T9"));

        assertThatThrownBy(() -> context.resolve(commodity.getOwner(), commodity, "owner"))
                .isInstanceOf(DanglingRelationshipException.class)
                .hasMessage("Relationship owner of org.example.trading.Commodity#ABC points to"
                        + " org.example.trading.Trader#T9, which does not exist");
        assertThatThrownBy(() -> context.resolve(commodity.getOwner()))
                .hasMessage("Relationship points to org.example.trading.Trader#T9, which does not exist");
        assertThatThrownBy(() -> context.resolve(null, commodity, "owner"))
                .hasMessage("Relationship owner of org.example.trading.Commodity#ABC is not set");
    }

    @Test
    void refusesToResolveARelationshipToATransaction() {
        assertThatThrownBy(() -> context(Submitter.admin("admin")).resolve(Relationship.of(Trade.TYPE, "tx0")))
                .hasMessage("Relationship to org.example.trading.Trade#tx0 cannot be resolved: only assets and"
                        + " participants are kept in registries");
    }

    @Test
    void addsUpdatesAndRemovesThroughTheRegistryOfTheObjectsClass() {
        TransactionContext context = context(Submitter.admin("admin"));
        context.add(trader("T2", "Amy", "Williams"));
        Commodity commodity = context.get(Commodity.class, "ABC");
        commodity.setOwner(Relationship.of(Trader.TYPE, "T2"));
        context.update(commodity);
        context.remove(context.get(Trader.class, "T1"));

        assertThat(context.exists(Trader.class, "T2")).isTrue();
        assertThat(context.exists(Trader.class, "T1")).isFalse();
        assertThat(context.get(Commodity.class, "ABC").getOwner().id()).isEqualTo("T2");
        assertThat(context.registry(Trader.class)).isSameAs(context.registry(Trader.class));
    }

    @Test
    void givesOneInstancePerObjectSoChangesThroughAnyPathCanBeUpdated() {
        TransactionContext context = context(Submitter.admin("admin"));
        Commodity resolved = context.resolve(Relationship.of(Commodity.TYPE, "ABC"));
        Commodity read = context.get(Commodity.class, "ABC");
        assertThat(read).isSameAs(resolved);

        resolved.setOwner(Relationship.of(Trader.TYPE, "T9"));
        context.update(context.resolve(Relationship.of(Commodity.TYPE, "ABC")));

        assertThat(context.registry(Commodity.class).get("ABC").getOwner().id()).isEqualTo("T9");
    }

    @Test
    void forgetsARemovedObject() {
        TransactionContext context = context(Submitter.admin("admin"));
        context.remove(context.get(Trader.class, "T1"));

        assertThat(context.exists(Trader.class, "T1")).isFalse();
        assertThatThrownBy(() -> context.get(Trader.class, "T1")).hasMessageContaining("does not exist");
    }
}
