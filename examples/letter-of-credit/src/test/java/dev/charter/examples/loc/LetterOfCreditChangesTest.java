package dev.charter.examples.loc;

import static dev.charter.examples.loc.LetterOfCreditNetwork.ALICE;
import static dev.charter.examples.loc.LetterOfCreditNetwork.BOB;
import static dev.charter.examples.loc.LetterOfCreditNetwork.MATIAS;
import static dev.charter.examples.loc.LetterOfCreditNetwork.STRICTER_RULES;
import static dev.charter.examples.loc.LetterOfCreditNetwork.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.runtime.contract.TransactionOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SuggestChanges: a party proposes new rules and the approvals start again. */
class LetterOfCreditChangesTest {

    private final LetterOfCreditNetwork network = new LetterOfCreditNetwork();

    @AfterEach
    void close() {
        network.close();
    }

    @Test
    void replacesTheRulesAndRestartsTheApprovalsWithTheSuggestingParty() {
        network.applied();
        network.approve(BOB).orThrow();

        network.suggestChanges(MATIAS, STRICTER_RULES).orThrow();

        assertThat(network.letter().get("rules")).isEqualTo(parse(STRICTER_RULES));
        assertThat(network.approvals()).containsExactly(MATIAS);
        assertThat(network.status()).isEqualTo("AWAITING_APPROVAL");
    }

    @Test
    void partiesWhoApprovedTheOldRulesApproveAgain() {
        network.applied();
        network.suggestChanges(MATIAS, STRICTER_RULES).orThrow();

        network.approve(ALICE).orThrow();

        assertThat(network.approvals()).containsExactly(MATIAS, ALICE);
    }

    @Test
    void emitsASuggestChangesEventWithTheNewRulesAndTheSuggestingParty() {
        network.applied();

        TransactionOutcome outcome = network.suggestChanges(MATIAS, STRICTER_RULES);

        assertThat(outcome.transactionId()).isEqualTo("tx-3");
        assertThat(network.onlyEvent(outcome)).isEqualTo(parse("""
                { "$class": "org.example.loc.SuggestChangesEvent", "eventId": "tx-3#0",
                  "timestamp": "2026-01-01T00:00:03.000Z",
                  "loc": "resource:org.example.loc.LetterOfCredit#LETTER-REF-123",
                  "rules": %s,
                  "suggestingParty": "resource:org.example.loc.BankEmployee#matias" }
                """.formatted(STRICTER_RULES)));
    }

    @Test
    void refusesChangesSuggestedBySomeoneWhoIsNotPartyToTheLetter() {
        network.applied();
        network.addParticipant("org.example.loc.Customer", "carol", """
                { "$class": "org.example.loc.Customer", "personId": "carol", "name": "Carol",
                  "bank": "resource:org.example.loc.Bank#EB", "companyName": "Carol's Components" }
                """);

        // The access rules refuse before the logic runs: only the letter's parties may submit SuggestChanges.
        network.assertRefused(() -> network.suggestChanges("resource:org.example.loc.Customer#carol", STRICTER_RULES),
                "Participant 'org.example.loc.Customer#carol' does not have 'CREATE' access to resource"
                        + " 'org.example.loc.SuggestChanges#tx-3'");
    }

    @Test
    void refusesChangesToAClosedLetter() {
        network.closed();

        network.assertRefused(() -> network.suggestChanges(ALICE, STRICTER_RULES),
                "This letter of credit has already been closed");
    }

    @Test
    void refusesChangesToARejectedLetter() {
        network.rejected();

        network.assertRefused(() -> network.suggestChanges(ALICE, STRICTER_RULES),
                "This letter of credit has already been closed");
    }

    @Test
    void refusesChangesToAnApprovedLetter() {
        network.approved();

        network.assertRefused(() -> network.suggestChanges(MATIAS, STRICTER_RULES),
                "This letter of credit has already been approved");
    }

    @Test
    void refusesChangesOnceTheProductHasBeenShippedUntilTheLetterIsClosed() {
        network.shipped();
        network.assertRefused(() -> network.suggestChanges(ALICE, STRICTER_RULES), "The product has already been shipped");

        network.receiveProduct().orThrow();
        network.assertRefused(() -> network.suggestChanges(ALICE, STRICTER_RULES), "The product has already been shipped");

        network.readyForPayment().orThrow();
        network.assertRefused(() -> network.suggestChanges(ALICE, STRICTER_RULES), "The product has already been shipped");
    }
}
