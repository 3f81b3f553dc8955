package dev.charter.runtime.contract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.example.trading.TradingNetwork.WIRE;
import static org.example.trading.TradingNetwork.commodity;
import static org.example.trading.TradingNetwork.trade;
import static org.example.trading.TradingNetwork.trader;

import dev.charter.runtime.access.AccessController;
import dev.charter.runtime.access.AccessOperation;
import dev.charter.runtime.context.Submitter;
import dev.charter.runtime.resource.HistorianRecord;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.resource.Typed;
import dev.charter.runtime.state.InMemoryStateStore;
import dev.charter.runtime.state.StateEntry;
import dev.charter.runtime.state.StateKeys;
import dev.charter.runtime.state.StateStore;
import dev.charter.runtime.state.StateStoreException;
import dev.charter.runtime.state.StateVersion;
import dev.charter.runtime.state.StateWrite;
import dev.charter.runtime.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.example.trading.Commodity;
import org.example.trading.Trade;
import org.example.trading.TradeEvent;
import org.example.trading.Trader;
import org.example.trading.TradingContract;
import org.junit.jupiter.api.Test;

/** End to end: the hand-written trade network's contract executed on an in-memory store. */
class TransactionExecutorTest {

    private static final Instant SIGNED = Instant.parse("2026-11-21T13:00:00Z");
    private static final Submitter JENNY = Submitter.of(Relationship.of(Trader.TYPE, "T1"), "id-jenny");
    private static final String TRADE = "{\"$class\":\"org.example.trading.Trade\","
            + "\"commodity\":\"resource:org.example.trading.Commodity#ABC\","
            + "\"newOwner\":\"resource:org.example.trading.Trader#T2\"}";
    private static final String ABC = StateKeys.resource(Commodity.TYPE, "ABC");

    private final InMemoryStateStore store = new InMemoryStateStore();
    private final TransactionExecutor executor = new TransactionExecutor(WIRE, TradingContract.create(), store);

    TransactionExecutorTest() {
        seed(trader("T1", "Jenny", "Jones"), trader("T2", "Amy", "Williams"), commodity("ABC", "T1"));
    }

    private void seed(dev.charter.runtime.resource.Resource... resources) {
        List<StateWrite> writes = new ArrayList<>();
        for (dev.charter.runtime.resource.Resource resource : resources) {
            writes.add(StateWrite.put(StateKeys.resource(resource.$class(), resource.$identifier()), WIRE.toBytes(resource)));
        }
        store.commit("genesis", writes);
    }

    private static byte[] bytes(String json) {
        return json.getBytes(UTF_8);
    }

    private String stored(String key) {
        return store.get(key).map(v -> new String(v, UTF_8)).orElse(null);
    }

    private static String json(Typed value) {
        return new String(WIRE.toBytes(value), UTF_8);
    }

    private Commodity storedCommodity() {
        return WIRE.fromBytes(store.get(ABC).orElseThrow(), Commodity.class);
    }

    @Test
    void tradeChangesTheOwnerEmitsTheEventAndWritesTheHistorianRecord() {
        TransactionOutcome.Committed committed = executor.execute(bytes(TRADE), "tx1", SIGNED, JENNY).orThrow();

        assertThat(storedCommodity().getOwner()).isEqualTo(Relationship.of(Trader.TYPE, "T2"));
        assertThat(committed.transactionId()).isEqualTo("tx1");
        assertThat(committed.returnValue()).isNull();
        assertThat(committed.events()).singleElement().isInstanceOfSatisfying(TradeEvent.class, event -> {
            assertThat(event.getEventId()).isEqualTo("tx1#0");
            assertThat(event.getTimestamp()).isEqualTo(SIGNED);
            assertThat(event.getOldOwner().id()).isEqualTo("T1");
            assertThat(event.getNewOwner().id()).isEqualTo("T2");
        });
        assertThat(stored(StateKeys.transaction("tx1"))).isEqualTo("{\"$class\":\"org.example.trading.Trade\","
                + "\"transactionId\":\"tx1\",\"timestamp\":\"2026-11-21T13:00:00.000Z\","
                + "\"commodity\":\"resource:org.example.trading.Commodity#ABC\","
                + "\"newOwner\":\"resource:org.example.trading.Trader#T2\"}");
        assertThat(stored(StateKeys.historian("tx1"))).isEqualTo(
                "{\"$class\":\"org.hyperledger.composer.system.HistorianRecord\",\"transactionId\":\"tx1\","
                + "\"transactionType\":\"org.example.trading.Trade\","
                + "\"transactionInvoked\":\"resource:org.example.trading.Trade#tx1\","
                + "\"participantInvoking\":\"resource:org.example.trading.Trader#T1\","
                + "\"identityUsed\":\"resource:org.hyperledger.composer.system.Identity#id-jenny\","
                + "\"eventsEmitted\":[{\"$class\":\"org.example.trading.TradeEvent\",\"eventId\":\"tx1#0\","
                + "\"timestamp\":\"2026-11-21T13:00:00.000Z\","
                + "\"commodity\":\"resource:org.example.trading.Commodity#ABC\","
                + "\"oldOwner\":\"resource:org.example.trading.Trader#T1\","
                + "\"newOwner\":\"resource:org.example.trading.Trader#T2\"}],"
                + "\"transactionTimestamp\":\"2026-11-21T13:00:00.000Z\"}");
        assertThat(store.history(ABC)).extracting(StateVersion::transactionId).containsExactly("genesis", "tx1");
        // written once, never changed: the records' values are all there is of them
        assertThat(store.history(StateKeys.transaction("tx1"))).isEmpty();
        assertThat(store.history(StateKeys.historian("tx1"))).isEmpty();
    }

    @Test
    void writesAValidHistorianRecord() {
        executor.execute(bytes(TRADE), "tx1", SIGNED, JENNY).orThrow();

        new Validator(WIRE.model()).validate(WIRE.readTree(store.get(StateKeys.historian("tx1")).orElseThrow()));
    }

    @Test
    void recordsTheAdministratorWithoutParticipantOrIdentity() {
        executor.execute(bytes(TRADE), "tx1", SIGNED, Submitter.admin(null)).orThrow();

        assertThat(stored(StateKeys.historian("tx1"))).doesNotContain("participantInvoking").doesNotContain("identityUsed");
    }

    @Test
    void failingHandlerLeavesNoWriteAndNoEvent() {
        DispatchContract failsLate = DispatchContract.builder().on(Trade.TYPE, Trade.class, (ctx, trade) -> {
            Commodity commodity = ctx.resolve(trade.getCommodity());
            commodity.setOwner(trade.getNewOwner());
            ctx.update(commodity);
            ctx.add(trader("T3", "Late", "Comer"));
            TradeEvent event = new TradeEvent();
            event.setCommodity(trade.getCommodity());
            event.setOldOwner(Relationship.of(Trader.TYPE, "T1"));
            event.setNewOwner(trade.getNewOwner());
            ctx.emit(event);
            throw new LogicFailure("Trading is closed for the day");
        }).build();
        List<StateEntry> before = store.scan("");

        TransactionOutcome outcome = new TransactionExecutor(WIRE, failsLate, store).execute(bytes(TRADE), "tx1", SIGNED,
                JENNY);

        assertThat(outcome).isInstanceOfSatisfying(TransactionOutcome.Failed.class, failed -> {
            assertThat(failed.message()).isEqualTo("Trading is closed for the day");
            assertThat(failed.cause()).isInstanceOf(LogicFailure.class);
        });
        assertThat(store.scan("")).isEqualTo(before);
        assertThat(store.history(ABC)).extracting(StateVersion::transactionId).containsExactly("genesis");
    }

    @Test
    void refusesATradeTheLogicRejects() {
        String toCurrentOwner = TRADE.replace("Trader#T2", "Trader#T1");

        TransactionOutcome outcome = executor.execute(bytes(toCurrentOwner), "tx1", SIGNED, JENNY);

        assertThat(outcome).isEqualTo(new TransactionOutcome.Failed("tx1", "The new owner already owns this commodity",
                ((TransactionOutcome.Failed) outcome).cause()));
    }

    @Test
    void readsItsOwnWritesWithinATransaction() {
        List<Object> seen = new ArrayList<>();
        DispatchContract contract = DispatchContract.builder().on(Trade.TYPE, Trade.class, (ctx, trade) -> {
            ctx.add(commodity("XYZ", "T2"));
            seen.add(ctx.exists(Commodity.class, "XYZ"));
            Commodity xyz = ctx.get(Commodity.class, "XYZ");
            xyz.setQuantity(1.5);
            ctx.update(xyz);
            seen.add(ctx.get(Commodity.class, "XYZ").getQuantity());
            seen.add(ctx.registry(Commodity.class).getAll().size());
            ctx.remove(ctx.get(Commodity.class, "ABC"));
            seen.add(ctx.exists(Commodity.class, "ABC"));
            seen.add(ctx.registry(Commodity.class).getAll().size());
        }).build();

        new TransactionExecutor(WIRE, contract, store).execute(bytes(TRADE), "tx1", SIGNED, JENNY).orThrow();

        assertThat(seen).containsExactly(true, 1.5, 2, false, 1);
        assertThat(store.get(ABC)).isEmpty();
        assertThat(store.get(StateKeys.resource(Commodity.TYPE, "XYZ"))).isPresent();
    }

    @Test
    void returnsTheValueOfAReturnsTransaction() {
        seed(commodity("XYZ", "T1"), commodity("DEF", "T2"));
        String count = "{\"$class\":\"org.example.trading.CountHoldings\",\"trader\":\"resource:org.example.trading.Trader#T1\"}";

        TransactionOutcome outcome = executor.execute(bytes(count), "tx1", SIGNED, JENNY);

        assertThat(outcome.orThrow().returnValue()).isEqualTo(2);
    }

    @Test
    void failsATransactionWithADanglingRelationship() {
        String toNobody = TRADE.replace("Trader#T2", "Trader#T9");

        TransactionOutcome outcome = executor.execute(bytes(toNobody), "tx1", SIGNED, JENNY);

        assertThat(((TransactionOutcome.Failed) outcome).message()).isEqualTo("Relationship newOwner of"
                + " org.example.trading.Trade#tx1 points to org.example.trading.Trader#T9, which does not exist");
        assertThat(store.get(StateKeys.transaction("tx1"))).isEmpty();
    }

    @Test
    void failsAnInvalidTransactionWithComposersMessage() {
        String noNewOwner = "{\"$class\":\"org.example.trading.Trade\","
                + "\"commodity\":\"resource:org.example.trading.Commodity#ABC\"}";

        TransactionOutcome outcome = executor.execute(bytes(noNewOwner), "tx1", SIGNED, JENNY);

        assertThat(((TransactionOutcome.Failed) outcome).message())
                .isEqualTo("Instance org.example.trading.Trade#tx1 missing required field newOwner");
    }

    @Test
    void failsJsonThatIsNotJson() {
        TransactionOutcome outcome = executor.execute(bytes("{\"$class\":"), "tx1", SIGNED, JENNY);

        assertThat(((TransactionOutcome.Failed) outcome).message()).startsWith("Invalid JSON data: ");
    }

    @Test
    void failsAnInstanceThatIsNotATransaction() {
        TransactionOutcome outcome = executor.execute(WIRE.toJson(commodity("NEW", "T1")), "tx1", SIGNED, JENNY);

        assertThat(((TransactionOutcome.Failed) outcome).message())
                .isEqualTo("org.example.trading.Commodity is not a transaction");
    }

    @Test
    void failsATransactionTypeWithoutHandler() {
        DispatchContract tradeOnly = DispatchContract.builder().on(Trade.TYPE, Trade.class, (ctx, trade) -> { }).build();
        String count = "{\"$class\":\"org.example.trading.CountHoldings\",\"trader\":\"resource:org.example.trading.Trader#T1\"}";

        TransactionOutcome outcome = new TransactionExecutor(WIRE, tradeOnly, store).execute(bytes(count), "tx1",
                SIGNED, JENNY);

        assertThat(((TransactionOutcome.Failed) outcome).message())
                .isEqualTo("Could not find any functions to execute for transaction org.example.trading.CountHoldings#tx1");
    }

    @Test
    void failsATransactionIdUsedBefore() {
        executor.execute(bytes(TRADE), "tx1", SIGNED, JENNY).orThrow();

        TransactionOutcome again = executor.execute(bytes(TRADE.replace("Trader#T2", "Trader#T1")), "tx1", SIGNED, JENNY);

        assertThat(((TransactionOutcome.Failed) again).message()).isEqualTo("Transaction tx1 has already been executed");
    }

    @Test
    void failsATransactionFromAParticipantThatDoesNotExist() {
        Submitter ghost = Submitter.of(Relationship.of(Trader.TYPE, "T9"), "id-ghost");

        TransactionOutcome outcome = executor.execute(bytes(TRADE), "tx1", SIGNED, ghost);

        assertThat(((TransactionOutcome.Failed) outcome).message())
                .isEqualTo("Participant org.example.trading.Trader#T9, which submitted the transaction, does not exist");
    }

    @Test
    void namesTheExceptionOfABugInTheLogic() {
        DispatchContract buggy = DispatchContract.builder().on(Trade.TYPE, Trade.class, (ctx, trade) -> {
            Object nothing = null;
            nothing.hashCode();
        }).build();

        TransactionOutcome outcome = new TransactionExecutor(WIRE, buggy, store).execute(bytes(TRADE), "tx1", SIGNED,
                JENNY);

        assertThat(((TransactionOutcome.Failed) outcome).message()).startsWith("java.lang.NullPointerException");
    }

    @Test
    void asksTheAccessControllerToCreateTheTransactionAndToUpdateResources() {
        AccessController noTradingByAmy = (operation, subject, resource) -> !(operation == AccessOperation.CREATE
                && resource instanceof Trade && ((Trader) subject.participant()).getTradeId().equals("T2"));
        AccessController readOnly = (operation, subject, resource) -> operation != AccessOperation.UPDATE;
        Validator validator = new Validator(WIRE.model());
        Submitter amy = Submitter.of(Relationship.of(Trader.TYPE, "T2"), "id-amy");

        TransactionOutcome byAmy = new TransactionExecutor(WIRE, validator, noTradingByAmy, TradingContract.create(), store)
                .execute(bytes(TRADE.replace("Trader#T2", "Trader#T1")), "tx1", SIGNED, amy);
        TransactionOutcome whileReadOnly = new TransactionExecutor(WIRE, validator, readOnly, TradingContract.create(),
                store).execute(bytes(TRADE), "tx2", SIGNED, JENNY);

        assertThat(((TransactionOutcome.Failed) byAmy).message()).isEqualTo("Participant 'org.example.trading.Trader#T2'"
                + " does not have 'CREATE' access to resource 'org.example.trading.Trade#tx1'");
        assertThat(((TransactionOutcome.Failed) whileReadOnly).message()).isEqualTo("Participant"
                + " 'org.example.trading.Trader#T1' does not have 'UPDATE' access to resource"
                + " 'org.example.trading.Commodity#ABC'");
        assertThat(storedCommodity().getOwner().id()).isEqualTo("T1");
    }

    @Test
    void asksTheAccessControllerToCreateTheHistorianRecordAndWritesNothingWhenRefused() {
        AccessController noHistory = (operation, subject, resource) -> !(resource instanceof HistorianRecord);

        TransactionOutcome outcome = new TransactionExecutor(WIRE, new Validator(WIRE.model()), noHistory,
                TradingContract.create(), store).execute(bytes(TRADE), "tx1", SIGNED, JENNY);

        assertThat(((TransactionOutcome.Failed) outcome).message()).isEqualTo("Participant 'org.example.trading.Trader#T1'"
                + " does not have 'CREATE' access to resource 'org.hyperledger.composer.system.HistorianRecord#tx1'");
        assertThat(storedCommodity().getOwner().id()).isEqualTo("T1");
        assertThat(store.get(StateKeys.transaction("tx1"))).isEmpty();
        assertThat(store.get(StateKeys.historian("tx1"))).isEmpty();
    }

    @Test
    void usesTheLedgersIdAndTimestampOverWhatTheSubmitterWrote() {
        String forged = TRADE.replace("{", "{\"transactionId\":\"forged\",\"timestamp\":\"2000-01-01T00:00:00.000Z\",");

        executor.execute(bytes(forged), "tx1", Instant.parse("2026-11-21T13:00:00.123456Z"), JENNY).orThrow();

        assertThat(stored(StateKeys.transaction("tx1"))).contains("\"transactionId\":\"tx1\"")
                .contains("\"timestamp\":\"2026-11-21T13:00:00.123Z\"");
        assertThat(stored(StateKeys.transaction("forged"))).isNull();
    }

    @Test
    void executesATransactionObject() {
        Trade trade = trade("ABC", "T2");

        TransactionOutcome.Committed committed = executor.execute(trade, "tx1", SIGNED, JENNY).orThrow();

        assertThat(committed.events()).hasSize(1);
        assertThat(stored(StateKeys.transaction("tx1"))).isEqualTo(json(trade));
        assertThat(trade.getTransactionId()).isEqualTo("tx1");
    }

    @Test
    void failsAnInvalidTransactionObject() {
        Trade trade = trade("ABC", "T2");
        trade.setNewOwner(null);

        TransactionOutcome outcome = executor.execute(trade, "tx1", SIGNED, JENNY);

        assertThat(((TransactionOutcome.Failed) outcome).message())
                .isEqualTo("Instance org.example.trading.Trade#tx1 missing required field newOwner");
    }

    @Test
    void passesOnAFailingStoreInsteadOfFailingTheTransaction() {
        StateStore broken = new StateStore() {
            @Override
            public Optional<byte[]> get(String key) {
                throw new StateStoreException("disk gone", null);
            }

            @Override
            public List<StateEntry> scan(String prefix) {
                throw new StateStoreException("disk gone", null);
            }

            @Override
            public List<StateVersion> history(String key) {
                return List.of();
            }

            @Override
            public void commit(String transactionId, List<StateWrite> writes) {
                throw new StateStoreException("disk gone", null);
            }
        };

        assertThatThrownBy(() -> new TransactionExecutor(WIRE, TradingContract.create(), broken)
                .execute(bytes(TRADE), "tx1", SIGNED, JENNY)).isInstanceOf(StateStoreException.class);
    }

    @Test
    void leavesTheSubmittedJsonTreeUntouched() {
        var tree = WIRE.readTree(bytes(TRADE));

        executor.execute(tree, "tx1", SIGNED, JENNY).orThrow();

        assertThat(tree.toString()).isEqualTo(TRADE);
    }

    @Test
    void executesThousandsOfTradesInSequence() {
        seed(trader("T3", "Ann", "Lee"));
        String[] owners = {"T2", "T3", "T1"};
        for (int i = 0; i < 3_000; i++) {
            String trade = TRADE.replace("Trader#T2", "Trader#" + owners[i % 3]);
            executor.execute(bytes(trade), "tx" + i, SIGNED.plusMillis(i), JENNY).orThrow();
        }

        assertThat(storedCommodity().getOwner().id()).isEqualTo("T1");
        assertThat(store.history(ABC)).hasSize(3_001);
        assertThat(store.scan("historian/")).hasSize(3_000);
    }
}
