package dev.charter.examples.loc;

import static dev.charter.examples.loc.LetterOfCreditNetwork.ALICE;
import static dev.charter.examples.loc.LetterOfCreditNetwork.BOB;
import static dev.charter.examples.loc.LetterOfCreditNetwork.ELLA;
import static dev.charter.examples.loc.LetterOfCreditNetwork.MATIAS;
import static dev.charter.examples.loc.LetterOfCreditNetwork.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.runtime.contract.TransactionOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Approve: the applicant, the beneficiary and both banks approve the letter, each once. */
class LetterOfCreditApprovalTest {

    /** A second employee of Alice's bank, the Bank of Dinero. */
    private static final String CAMILA = "resource:org.example.loc.BankEmployee#camila";

    private final LetterOfCreditNetwork network = new LetterOfCreditNetwork();

    @AfterEach
    void close() {
        network.close();
    }

    @Test
    void recordsEachApprovalInOrderAndTheFourthMakesTheLetterApproved() {
        network.applied();

        network.approve(BOB).orThrow();
        assertThat(network.approvals()).containsExactly(ALICE, BOB);
        assertThat(network.status()).isEqualTo("AWAITING_APPROVAL");

        network.approve(MATIAS).orThrow();
        assertThat(network.approvals()).containsExactly(ALICE, BOB, MATIAS);
        assertThat(network.status()).isEqualTo("AWAITING_APPROVAL");

        network.approve(ELLA).orThrow();
        assertThat(network.approvals()).containsExactly(ALICE, BOB, MATIAS, ELLA);
        assertThat(network.status()).isEqualTo("APPROVED");
    }

    @Test
    void emitsAnApproveEventNamingTheApprovingParty() {
        network.applied();

        TransactionOutcome outcome = network.approve(ELLA);

        assertThat(outcome.transactionId()).isEqualTo("tx-3");
        assertThat(network.onlyEvent(outcome)).isEqualTo(parse("""
                { "$class": "org.example.loc.ApproveEvent", "eventId": "tx-3#0",
                  "timestamp": "2026-01-01T00:00:03.000Z",
                  "loc": "resource:org.example.loc.LetterOfCredit#LETTER-REF-123",
                  "approvingParty": "resource:org.example.loc.BankEmployee#ella" }
                """));
    }

    @Test
    void refusesApprovalOfAClosedLetter() {
        network.closed();

        // Closed letters carry all four approvals; the closed status is what decides.
        network.assertRefused(() -> network.approve(ALICE), "This letter of credit has already been closed");
    }

    @Test
    void refusesApprovalOfARejectedLetter() {
        network.rejected();

        network.assertRefused(() -> network.approve(BOB), "This letter of credit has already been closed");
    }

    @Test
    void refusesAnyApprovalOnceAllFourPartiesHaveApproved() {
        network.approved();
        hireCamilaAtTheBankOfDinero();

        network.assertRefused(() -> network.approve(CAMILA),
                "All four parties have already approved this letter of credit");
    }

    @Test
    void refusesASecondApprovalFromTheSamePerson() {
        network.applied();

        // Alice approved by applying.
        network.assertRefused(() -> network.approve(ALICE), "This person has already approved this letter of credit");
    }

    @Test
    void refusesASecondApprovalFromAnotherEmployeeOfABankThatHasApproved() {
        network.applied();
        hireCamilaAtTheBankOfDinero();
        network.approve(MATIAS).orThrow();

        network.assertRefused(() -> network.approve(CAMILA), "Your bank has already approved of this request");
    }

    @Test
    void acceptsTheOtherBanksEmployeeAfterOneBankHasApproved() {
        network.applied();
        network.approve(MATIAS).orThrow();

        network.approve(ELLA).orThrow();

        assertThat(network.approvals()).containsExactly(ALICE, MATIAS, ELLA);
    }

    @Test
    void refusesApprovalFromACustomerWhoIsNotPartyToTheLetter() {
        network.applied();
        network.addParticipant("org.example.loc.Customer", "carol", """
                { "$class": "org.example.loc.Customer", "personId": "carol", "name": "Carol",
                  "bank": "resource:org.example.loc.Bank#BOD", "companyName": "Carol's Components" }
                """);

        // The access rules refuse before the logic runs: only the letter's parties may submit an Approve.
        network.assertRefused(() -> network.approve("resource:org.example.loc.Customer#carol"),
                "Participant 'org.example.loc.Customer#carol' does not have 'CREATE' access to resource"
                        + " 'org.example.loc.Approve#tx-3'");
    }

    @Test
    void refusesApprovalFromAnEmployeeOfABankThatIsNotPartyToTheLetter() {
        network.applied();
        network.addParticipant("org.example.loc.Bank", "TB", """
                { "$class": "org.example.loc.Bank", "bankId": "TB", "name": "Third Bank" }
                """);
        network.addParticipant("org.example.loc.BankEmployee", "tariq", """
                { "$class": "org.example.loc.BankEmployee", "personId": "tariq", "name": "Tariq",
                  "bank": "resource:org.example.loc.Bank#TB" }
                """);

        network.assertRefused(() -> network.approve("resource:org.example.loc.BankEmployee#tariq"),
                "Participant 'org.example.loc.BankEmployee#tariq' does not have 'CREATE' access to resource"
                        + " 'org.example.loc.Approve#tx-3'");
    }

    private void hireCamilaAtTheBankOfDinero() {
        network.addParticipant("org.example.loc.BankEmployee", "camila", """
                { "$class": "org.example.loc.BankEmployee", "personId": "camila", "name": "Camila",
                  "bank": "resource:org.example.loc.Bank#BOD" }
                """);
    }
}
