package dev.charter.runtime.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.example.trading.TradingNetwork.WIRE;
import static org.example.trading.TradingNetwork.commodity;
import static org.example.trading.TradingNetwork.trade;
import static org.example.trading.TradingNetwork.trader;

import dev.charter.runtime.access.AccessController;
import dev.charter.runtime.access.AccessDeniedException;
import dev.charter.runtime.access.AccessOperation;
import dev.charter.runtime.context.Submitter;
import dev.charter.runtime.context.TransactionContext;
import dev.charter.runtime.resource.Asset;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.state.InMemoryStateStore;
import dev.charter.runtime.state.StateKeys;
import dev.charter.runtime.state.StateTransaction;
import dev.charter.runtime.validation.ValidationException;
import dev.charter.runtime.validation.Validator;
import java.time.Instant;
import java.util.List;
import org.example.trading.Commodity;
import org.example.trading.Trade;
import org.example.trading.Trader;
import org.junit.jupiter.api.Test;

class RegistryTest {

    private static final Validator VALIDATOR = new Validator(WIRE.model());
    private static final String COMMODITIES = "Asset:org.example.trading.Commodity";

    private final InMemoryStateStore store = new InMemoryStateStore();
    private final StateTransaction state = new StateTransaction(store);

    private TransactionContext context(AccessController access, Submitter submitter) {
        Trade trade = trade("ABC", "T2");
        trade.setTransactionId("tx1");
        trade.setTimestamp(Instant.parse("2026-11-21T13:00:00Z"));
        return new TransactionContext(WIRE, VALIDATOR, access, state, trade, submitter);
    }

    private Registry<Commodity> commodities() {
        return context(AccessController.ALLOW_ALL, Submitter.admin("admin")).registry(Commodity.class);
    }

    @Test
    void addsAndGetsAnObject() {
        Registry<Commodity> commodities = commodities();
        commodities.add(commodity("ABC", "T1"));

        Commodity read = commodities.get("ABC");

        assertThat(read.getOwner()).isEqualTo(Relationship.of(Trader.TYPE, "T1"));
        assertThat(commodities.exists("ABC")).isTrue();
        assertThat(state.get(StateKeys.resource(Commodity.TYPE, "ABC"))).hasValueSatisfying(json ->
                assertThat(json).isEqualTo(WIRE.toBytes(commodity("ABC", "T1"))));
    }

    @Test
    void namesItsCollectionAsComposerDid() {
        TransactionContext context = context(AccessController.ALLOW_ALL, Submitter.admin("admin"));

        assertThat(context.registry(Commodity.class).id()).isEqualTo(COMMODITIES);
        assertThat(context.registry(Trader.class).id()).isEqualTo("Participant:org.example.trading.Trader");
    }

    @Test
    void rejectsDuplicateAdd() {
        Registry<Commodity> commodities = commodities();
        commodities.add(commodity("ABC", "T1"));

        assertThatThrownBy(() -> commodities.add(commodity("ABC", "T2")))
                .isInstanceOf(RegistryException.class)
                .hasMessage("Object with ID 'ABC' in collection with ID '" + COMMODITIES + "' already exists");
        assertThat(commodities.get("ABC").getOwner().id()).isEqualTo("T1");
    }

    @Test
    void rejectsGetOfAMissingObject() {
        assertThatThrownBy(() -> commodities().get("ABC"))
                .isInstanceOf(RegistryException.class)
                .hasMessage("Object with ID 'ABC' in collection with ID '" + COMMODITIES + "' does not exist");
        assertThat(commodities().find("ABC")).isEmpty();
    }

    @Test
    void rejectsUpdateOfAMissingObject() {
        assertThatThrownBy(() -> commodities().update(commodity("ABC", "T1")))
                .hasMessage("Object with ID 'ABC' in collection with ID '" + COMMODITIES + "' does not exist");
        assertThat(state.hasWrites()).isFalse();
    }

    @Test
    void rejectsRemoveOfAMissingObject() {
        Registry<Trader> traders = context(AccessController.ALLOW_ALL, Submitter.admin("admin")).registry(Trader.class);

        assertThatThrownBy(() -> traders.remove("T9"))
                .hasMessage("Object with ID 'T9' in collection with ID 'Participant:org.example.trading.Trader' does not exist");
        assertThatThrownBy(() -> traders.remove(trader("T9", "a", "b")))
                .hasMessage("Object with ID 'T9' in collection with ID 'Participant:org.example.trading.Trader' does not exist");
    }

    @Test
    void updatesAndRemoves() {
        Registry<Commodity> commodities = commodities();
        commodities.add(commodity("ABC", "T1"));
        commodities.add(commodity("XYZ", "T1"));

        Commodity abc = commodities.get("ABC");
        abc.setQuantity(5.0);
        commodities.update(abc);
        commodities.remove("XYZ");

        assertThat(commodities.get("ABC").getQuantity()).isEqualTo(5.0);
        assertThat(commodities.exists("XYZ")).isFalse();
    }

    @Test
    void handsOutCopiesThatChangeNothingUntilUpdated() {
        Registry<Commodity> commodities = commodities();
        commodities.add(commodity("ABC", "T1"));

        commodities.get("ABC").setQuantity(1.0);

        assertThat(commodities.get("ABC").getQuantity()).isEqualTo(72.297);
    }

    @Test
    void addsAndUpdatesSeveral() {
        Registry<Commodity> commodities = commodities();
        commodities.addAll(List.of(commodity("B", "T1"), commodity("A", "T1")));
        Commodity a = commodities.get("A");
        Commodity b = commodities.get("B");
        a.setQuantity(1.0);
        b.setQuantity(2.0);
        commodities.updateAll(List.of(a, b));

        assertThat(commodities.getAll()).extracting(Commodity::getTradingSymbol, Commodity::getQuantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", 1.0), org.assertj.core.groups.Tuple.tuple("B", 2.0));
    }

    @Test
    void validatesOnAddAndWritesNothingInvalid() {
        Commodity invalid = commodity("ABC", "T1");
        invalid.setQuantity(-1.0);

        assertThatThrownBy(() -> commodities().add(invalid))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Instance org.example.trading.Commodity#ABC field quantity has value -1.0 which is outside"
                        + " lower bound 0");
        assertThat(state.hasWrites()).isFalse();
    }

    @Test
    void validatesOnUpdate() {
        Registry<Commodity> commodities = commodities();
        commodities.add(commodity("ABC", "T1"));
        Commodity abc = commodities.get("ABC");
        abc.setDescription(null);

        assertThatThrownBy(() -> commodities.update(abc))
                .hasMessage("Instance org.example.trading.Commodity#ABC missing required field description");
    }

    @Test
    void reportsAMissingIdentifierAsAMissingField() {
        assertThatThrownBy(() -> commodities().add(commodity(null, "T1")))
                .hasMessage("Instance org.example.trading.Commodity missing required field tradingSymbol");
    }

    @Test
    void listsItsOwnTypeOnlyInIdOrderIncludingPendingWrites() {
        store.put("tx0", StateKeys.resource(Commodity.TYPE, "C"), WIRE.toBytes(commodity("C", "T1")));
        store.put("tx0", StateKeys.resource(Trader.TYPE, "T1"), WIRE.toBytes(trader("T1", "a", "b")));
        Registry<Commodity> commodities = commodities();
        commodities.add(commodity("A", "T1"));

        assertThat(commodities.getAll()).extracting(Commodity::getTradingSymbol).containsExactly("A", "C");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void refusesAnObjectOfAnotherType() {
        Registry raw = commodities();

        assertThatThrownBy(() -> raw.add(trader("T1", "a", "b"))).hasMessage(
                "Registry " + COMMODITIES + " holds org.example.trading.Commodity only, not org.example.trading.Trader");
    }

    @Test
    void existsOnlyForConcreteAssetAndParticipantTypes() {
        TransactionContext context = context(AccessController.ALLOW_ALL, Submitter.admin("admin"));

        assertThatThrownBy(() -> context.registry(Trade.class))
                .hasMessage("Registries hold assets and participants; org.example.trading.Trade is a transaction");
        assertThatThrownBy(() -> context.registry(Asset.class)).hasMessage("Type org.hyperledger.composer.system.Asset"
                + " is abstract; registries hold one concrete type each");
    }

    @Test
    void asksTheAccessControllerAndLeavesOutWhatCannotBeRead() {
        store.put("tx0", StateKeys.resource(Trader.TYPE, "T1"), WIRE.toBytes(trader("T1", "Jenny", "Jones")));
        store.put("tx0", StateKeys.resource(Commodity.TYPE, "MINE"), WIRE.toBytes(commodity("MINE", "T1")));
        store.put("tx0", StateKeys.resource(Commodity.TYPE, "THEIRS"), WIRE.toBytes(commodity("THEIRS", "T2")));
        AccessController ownerOnly = (operation, subject, resource) -> !(resource instanceof Commodity c)
                || c.getOwner().pointsTo(subject.participant());
        Registry<Commodity> commodities = context(ownerOnly, Submitter.of(Relationship.of(Trader.TYPE, "T1"), "id1"))
                .registry(Commodity.class);

        assertThat(commodities.getAll()).extracting(Commodity::getTradingSymbol).containsExactly("MINE");
        assertThatThrownBy(() -> commodities.get("THEIRS"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Participant 'org.example.trading.Trader#T1' does not have 'READ' access to resource"
                        + " 'org.example.trading.Commodity#THEIRS'");
        assertThatThrownBy(() -> commodities.add(commodity("NEW", "T2")))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((AccessDeniedException) e).operation()).isEqualTo(AccessOperation.CREATE));
        assertThat(state.hasWrites()).isFalse();
    }

    @Test
    void judgesAnUpdateAgainstTheObjectAsStoredNotAsChanged() {
        store.put("tx0", StateKeys.resource(Trader.TYPE, "T1"), WIRE.toBytes(trader("T1", "Jenny", "Jones")));
        store.put("tx0", StateKeys.resource(Commodity.TYPE, "MINE"), WIRE.toBytes(commodity("MINE", "T1")));
        store.put("tx0", StateKeys.resource(Commodity.TYPE, "THEIRS"), WIRE.toBytes(commodity("THEIRS", "T2")));
        AccessController ownerUpdates = (operation, subject, resource) -> operation != AccessOperation.UPDATE
                || ((Commodity) resource).getOwner().pointsTo(subject.participant());
        Registry<Commodity> commodities = context(ownerUpdates, Submitter.of(Relationship.of(Trader.TYPE, "T1"), "id1"))
                .registry(Commodity.class);

        // Taking someone else's commodity by naming oneself its owner is judged on the stored owner.
        assertThatThrownBy(() -> commodities.update(commodity("THEIRS", "T1")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Participant 'org.example.trading.Trader#T1' does not have 'UPDATE' access to resource"
                        + " 'org.example.trading.Commodity#THEIRS'");
        // Giving one's own away is allowed, though the changed object names another owner.
        commodities.update(commodity("MINE", "T2"));
        assertThat(commodities.get("MINE").getOwner().id()).isEqualTo("T2");
    }

    @Test
    void judgesARemovalAgainstTheObjectAsStored() {
        store.put("tx0", StateKeys.resource(Trader.TYPE, "T1"), WIRE.toBytes(trader("T1", "Jenny", "Jones")));
        store.put("tx0", StateKeys.resource(Commodity.TYPE, "THEIRS"), WIRE.toBytes(commodity("THEIRS", "T2")));
        AccessController ownerDeletes = (operation, subject, resource) -> operation != AccessOperation.DELETE
                || ((Commodity) resource).getOwner().pointsTo(subject.participant());
        Registry<Commodity> commodities = context(ownerDeletes, Submitter.of(Relationship.of(Trader.TYPE, "T1"), "id1"))
                .registry(Commodity.class);

        assertThatThrownBy(() -> commodities.remove(commodity("THEIRS", "T1")))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((AccessDeniedException) e).operation()).isEqualTo(AccessOperation.DELETE));
        assertThat(state.hasWrites()).isFalse();
    }

    @Test
    void existsAsksReadForAnObjectThatExists() {
        store.put("tx0", StateKeys.resource(Trader.TYPE, "T1"), WIRE.toBytes(trader("T1", "Jenny", "Jones")));
        store.put("tx0", StateKeys.resource(Commodity.TYPE, "THEIRS"), WIRE.toBytes(commodity("THEIRS", "T2")));
        AccessController ownerOnly = (operation, subject, resource) -> !(resource instanceof Commodity c)
                || c.getOwner().pointsTo(subject.participant());
        Registry<Commodity> commodities = context(ownerOnly, Submitter.of(Relationship.of(Trader.TYPE, "T1"), "id1"))
                .registry(Commodity.class);

        assertThat(commodities.exists("NONE")).isFalse();
        assertThatThrownBy(() -> commodities.exists("THEIRS"))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((AccessDeniedException) e).operation()).isEqualTo(AccessOperation.READ));
    }
}
