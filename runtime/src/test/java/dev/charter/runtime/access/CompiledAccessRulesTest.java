package dev.charter.runtime.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.runtime.resource.HistorianRecord;
import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.resource.Transaction;
import java.util.List;
import org.example.trading.Commodity;
import org.example.trading.CountHoldings;
import org.example.trading.Trader;
import org.example.trading.TradingNetwork;
import org.junit.jupiter.api.Test;

class CompiledAccessRulesTest {

    private static final Trader ALICE = TradingNetwork.trader("T1", "Alice", "A");
    private static final Trader BOB = TradingNetwork.trader("T2", "Bob", "B");
    private static final Commodity ABC = TradingNetwork.commodity("ABC", "T1");
    private static final Commodity XYZ = TradingNetwork.commodity("XYZ", "T2");

    private static AccessSubject as(Participant participant, Transaction transaction) {
        return new AccessSubject() {
            @Override
            public Participant participant() {
                return participant;
            }

            @Override
            public Transaction transaction() {
                return transaction;
            }
        };
    }

    private static final AccessSubject ALICE_TRADING = as(ALICE, TradingNetwork.trade("ABC", "T2"));
    private static final AccessSubject BOB_TRADING = as(BOB, TradingNetwork.trade("ABC", "T2"));
    private static final AccessSubject ADMIN = as(null, new CountHoldings());

    private static AccessRule allow(String name, String participant, String resource, String... operations) {
        return new AccessRule(name, AccessRule.operations(operations), participant, resource, null, null, true);
    }

    private static AccessRule deny(String name, String participant, String resource, String... operations) {
        return new AccessRule(name, AccessRule.operations(operations), participant, resource, null, null, false);
    }

    private static CompiledAccessRules rules(AccessRule... rules) {
        return new CompiledAccessRules(List.of(rules), TradingNetwork.MODEL);
    }

    /** The owner of a commodity may do anything with it: Composer's r.owner.getIdentifier() === p.getIdentifier(). */
    private static final AccessCondition OWNER = (context, participant, resource, transaction) ->
            ((Commodity) resource).getOwner().id().equals(participant.$identifier());

    @Test
    void theFirstMatchingRuleInFileOrderDecides() {
        CompiledAccessRules denyFirst = rules(deny("NoDeletes", "ANY", "org.example.trading.Commodity", "DELETE"),
                allow("Everything", "ANY", "**", "ALL"));

        assertThat(denyFirst.allows(AccessOperation.DELETE, ALICE_TRADING, ABC)).isFalse();
        assertThat(denyFirst.allows(AccessOperation.UPDATE, ALICE_TRADING, ABC)).isTrue();
        assertThat(rules(allow("Everything", "ANY", "**", "ALL"), deny("NoDeletes", "ANY", "org.example.trading.Commodity",
                "DELETE")).allows(AccessOperation.DELETE, ALICE_TRADING, ABC)).isTrue();
    }

    @Test
    void refusesWhatNoRuleMatches() {
        CompiledAccessRules readOnly = rules(allow("Read", "ANY", "org.example.trading.*", "READ"));

        assertThat(readOnly.allows(AccessOperation.READ, ALICE_TRADING, ABC)).isTrue();
        assertThat(readOnly.allows(AccessOperation.UPDATE, ALICE_TRADING, ABC)).isFalse();
        assertThat(rules().allows(AccessOperation.READ, ALICE_TRADING, ABC)).isFalse();
    }

    @Test
    void aRuleWhoseConditionDoesNotHoldLeavesTheDecisionToTheRulesAfterIt() {
        CompiledAccessRules ownersOnly = rules(
                new AccessRule("Owner", AccessRule.operations("ALL"), "org.example.trading.Trader",
                        "org.example.trading.Commodity", null, OWNER, true),
                allow("OthersRead", "org.example.trading.Trader", "org.example.trading.Commodity", "READ"));

        assertThat(ownersOnly.allows(AccessOperation.UPDATE, ALICE_TRADING, ABC)).isTrue();
        assertThat(ownersOnly.allows(AccessOperation.UPDATE, BOB_TRADING, ABC)).isFalse();
        assertThat(ownersOnly.allows(AccessOperation.READ, BOB_TRADING, ABC)).isTrue();
    }

    @Test
    void anInstanceTargetMatchesOnlyTheResourceOrParticipantWithThatIdentifier() {
        CompiledAccessRules oneCommodity = rules(allow("Abc", "org.example.trading.Trader#T1",
                "org.example.trading.Commodity#ABC", "READ"));

        assertThat(oneCommodity.allows(AccessOperation.READ, ALICE_TRADING, ABC)).isTrue();
        assertThat(oneCommodity.allows(AccessOperation.READ, ALICE_TRADING, XYZ)).isFalse();
        assertThat(oneCommodity.allows(AccessOperation.READ, BOB_TRADING, ABC)).isFalse();
    }

    @Test
    void namespaceTargetsMatchTheirNamespaceAndWithTwoStarsItsSubNamespaces() {
        assertThat(rules(allow("Ns", "ANY", "org.example.*", "READ")).allows(AccessOperation.READ, ALICE_TRADING, ABC))
                .isFalse();
        assertThat(rules(allow("Ns", "ANY", "org.example.trading.*", "READ"))
                .allows(AccessOperation.READ, ALICE_TRADING, ABC)).isTrue();
        assertThat(rules(allow("Tree", "ANY", "org.example.**", "READ")).allows(AccessOperation.READ, ALICE_TRADING, ABC))
                .isTrue();
        assertThat(rules(allow("Tree", "org.**", "org.hyperledger.**", "READ"))
                .allows(AccessOperation.READ, ALICE_TRADING, ABC)).isFalse();
    }

    @Test
    void aTypeTargetMatchesItsSubtypes() {
        CompiledAccessRules assets = rules(allow("Assets", "org.hyperledger.composer.system.Participant",
                "org.hyperledger.composer.system.Asset", "READ"));

        assertThat(assets.allows(AccessOperation.READ, ALICE_TRADING, ABC)).isTrue();
        assertThat(assets.allows(AccessOperation.READ, ALICE_TRADING, BOB)).isFalse();
    }

    @Test
    void aRuleWithATransactionClauseMatchesOnlyInsideThatTransaction() {
        CompiledAccessRules duringTrades = rules(new AccessRule("DuringTrades", AccessRule.operations("UPDATE"), "ANY",
                "org.example.trading.Commodity", "org.example.trading.Trade", null, true));

        assertThat(duringTrades.allows(AccessOperation.UPDATE, ALICE_TRADING, ABC)).isTrue();
        assertThat(duringTrades.allows(AccessOperation.UPDATE, as(ALICE, new CountHoldings()), ABC)).isFalse();
        assertThat(duringTrades.allows(AccessOperation.UPDATE, as(ALICE, null), ABC)).isFalse();
    }

    @Test
    void theNetworkAdministratorIsTheParticipantNetworkAdminAndNotATrader() {
        CompiledAccessRules admins = rules(allow("Admin", "org.hyperledger.composer.system.NetworkAdmin", "**", "ALL"));

        assertThat(admins.allows(AccessOperation.DELETE, ADMIN, ABC)).isTrue();
        assertThat(admins.allows(AccessOperation.DELETE, ALICE_TRADING, ABC)).isFalse();
        assertThat(rules(new AccessRule("AdminById", AccessRule.operations("READ"), "ANY", "**", null,
                (context, participant, resource, transaction) -> participant.toString().equals(
                        "org.hyperledger.composer.system.NetworkAdmin#admin"), true))
                .allows(AccessOperation.READ, ADMIN, ABC)).isTrue();
    }

    @Test
    void systemResourcesSuchAsHistorianRecordsAreMatchedByTheSameRules() {
        HistorianRecord record = new HistorianRecord();
        record.setTransactionId("tx1");
        record.setTransactionInvoked(Relationship.of("org.example.trading.Trade", "tx1"));
        CompiledAccessRules system = rules(allow("System", "org.**", "org.hyperledger.composer.system.**", "ALL"));

        assertThat(system.allows(AccessOperation.CREATE, ALICE_TRADING, record)).isTrue();
        assertThat(rules(allow("User", "ANY", "org.example.**", "ALL")).allows(AccessOperation.CREATE, ALICE_TRADING, record))
                .isFalse();
    }

    @Test
    void aCheckLooksOnlyAtTheRulesIndexedForItsResourceTypeAndOperation() {
        CompiledAccessRules indexed = rules(allow("Traders", "ANY", "org.example.trading.Trader", "READ"),
                allow("Commodities", "ANY", "org.example.trading.Commodity", "UPDATE", "DELETE"),
                allow("Assets", "ANY", "org.hyperledger.composer.system.Asset", "ALL"),
                allow("Everything", "ANY", "**", "READ"));

        assertThat(indexed.candidates(AccessOperation.UPDATE, Commodity.TYPE)).extracting(AccessRule::name)
                .containsExactly("Commodities", "Assets");
        assertThat(indexed.candidates(AccessOperation.READ, Commodity.TYPE)).extracting(AccessRule::name)
                .containsExactly("Assets", "Everything");
        assertThat(indexed.candidates(AccessOperation.READ, Trader.TYPE)).extracting(AccessRule::name)
                .containsExactly("Traders", "Everything");
    }

    @Test
    void aRefusalNamesTheParticipantTheOperationAndTheResourceInComposersWords() {
        assertThatThrownBy(() -> rules().checkUpdate(BOB_TRADING, ABC))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Participant 'org.example.trading.Trader#T2' does not have 'UPDATE' access to resource"
                        + " 'org.example.trading.Commodity#ABC'");
    }

    @Test
    void refusesAMalformedTargetWhenTheRuleIsBuilt() {
        assertThatThrownBy(() -> allow("Bad", "ANY", "Commodity", "READ"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid access rule target 'Commodity'");
    }
}
