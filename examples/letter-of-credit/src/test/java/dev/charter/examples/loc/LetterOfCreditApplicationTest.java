package dev.charter.examples.loc;

import static dev.charter.examples.loc.LetterOfCreditNetwork.AGREED_RULES;
import static dev.charter.examples.loc.LetterOfCreditNetwork.ALICE;
import static dev.charter.examples.loc.LetterOfCreditNetwork.BOB;
import static dev.charter.examples.loc.LetterOfCreditNetwork.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.runtime.contract.TransactionOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** InitialApplication: the applicant asks for a letter of credit. */
class LetterOfCreditApplicationTest {

    private final LetterOfCreditNetwork network = new LetterOfCreditNetwork();

    @AfterEach
    void close() {
        network.close();
    }

    @Test
    void storesTheLetterAwaitingApprovalWithTheApplicantAsFirstApproverAndTheBanksOfBothParties() {
        network.createDemoParticipants().orThrow();

        network.applyForLetter().orThrow();

        assertThat(network.letter()).isEqualTo(parse("""
                { "$class": "org.example.loc.LetterOfCredit",
                  "letterId": "LETTER-REF-123",
                  "applicant": "resource:org.example.loc.Customer#alice",
                  "beneficiary": "resource:org.example.loc.Customer#bob",
                  "issuingBank": "resource:org.example.loc.Bank#BOD",
                  "exportingBank": "resource:org.example.loc.Bank#EB",
                  "rules": %s,
                  "productDetails": { "$class": "org.example.loc.ProductDetails",
                                      "productType": "Computers", "quantity": 100, "pricePerUnit": 450.0 },
                  "evidence": [],
                  "approval": [ "resource:org.example.loc.Customer#alice" ],
                  "status": "AWAITING_APPROVAL" }
                """.formatted(AGREED_RULES)));
    }

    @Test
    void takesTheIssuingBankFromTheApplicantAndTheExportingBankFromTheBeneficiary() {
        network.createDemoParticipants().orThrow();

        // This time Bob (Eastwood Banking) buys from Alice (Bank of Dinero).
        network.embedded().submitAs(BOB, """
                { "$class": "org.example.loc.InitialApplication",
                  "letterId": "LETTER-REF-123", "applicant": "%s", "beneficiary": "%s", "rules": [],
                  "productDetails": { "$class": "org.example.loc.ProductDetails",
                                      "productType": "Support contract", "quantity": 1, "pricePerUnit": 12000 } }
                """.formatted(BOB, ALICE)).orThrow();

        assertThat(network.letter().get("issuingBank").asText()).isEqualTo("resource:org.example.loc.Bank#EB");
        assertThat(network.letter().get("exportingBank").asText()).isEqualTo("resource:org.example.loc.Bank#BOD");
        assertThat(network.approvals()).containsExactly(BOB);
    }

    @Test
    void emitsAnInitialApplicationEventForTheNewLetter() {
        network.createDemoParticipants().orThrow();

        TransactionOutcome outcome = network.applyForLetter();

        assertThat(outcome.transactionId()).isEqualTo("tx-2");
        assertThat(network.onlyEvent(outcome)).isEqualTo(parse("""
                { "$class": "org.example.loc.InitialApplicationEvent", "eventId": "tx-2#0",
                  "timestamp": "2026-01-01T00:00:02.000Z",
                  "loc": "resource:org.example.loc.LetterOfCredit#LETTER-REF-123" }
                """));
    }

    @Test
    void refusesASecondLetterWithTheSameId() {
        network.applied();

        network.assertRefused(network::applyForLetter,
                "Object with ID 'LETTER-REF-123' in collection with ID 'Asset:org.example.loc.LetterOfCredit' already exists");
    }

    @Test
    void refusesAnApplicationWhoseBeneficiaryDoesNotExist() {
        network.createDemoParticipants().orThrow();

        TransactionOutcome outcome = network.embedded().submitAs(ALICE, """
                { "$class": "org.example.loc.InitialApplication",
                  "letterId": "LETTER-REF-123", "applicant": "%s",
                  "beneficiary": "resource:org.example.loc.Customer#mallory", "rules": [],
                  "productDetails": { "$class": "org.example.loc.ProductDetails",
                                      "productType": "Computers", "quantity": 100, "pricePerUnit": 450 } }
                """.formatted(ALICE));

        assertThat(outcome).isInstanceOfSatisfying(TransactionOutcome.Failed.class, failed -> assertThat(failed.message())
                .isEqualTo("Relationship beneficiary of org.example.loc.InitialApplication#tx-2 points to "
                        + "org.example.loc.Customer#mallory, which does not exist"));
        assertThat(network.embedded().all(LetterOfCreditNetwork.LETTER_TYPE)).isEmpty();
    }
}
