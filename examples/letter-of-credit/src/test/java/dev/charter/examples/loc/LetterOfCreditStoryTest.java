package dev.charter.examples.loc;

import static dev.charter.examples.loc.LetterOfCreditNetwork.ALICE;
import static dev.charter.examples.loc.LetterOfCreditNetwork.BOB;
import static dev.charter.examples.loc.LetterOfCreditNetwork.ELLA;
import static dev.charter.examples.loc.LetterOfCreditNetwork.MATIAS;
import static dev.charter.examples.loc.LetterOfCreditNetwork.STRICTER_RULES;
import static dev.charter.examples.loc.LetterOfCreditNetwork.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The walk-through of Composer's letters-of-credit sample, from application to closing. */
class LetterOfCreditStoryTest {

    private final LetterOfCreditNetwork network = new LetterOfCreditNetwork();

    @AfterEach
    void close() {
        network.close();
    }

    @Test
    void aLetterIsAppliedForChangedApprovedShippedReceivedPaidAndClosed() {
        network.createDemoParticipants().orThrow();

        network.applyForLetter().orThrow();
        assertThat(network.status()).isEqualTo("AWAITING_APPROVAL");

        // Matías, at Alice's bank, wants delivery within 15 days rather than 30.
        network.suggestChanges(MATIAS, STRICTER_RULES).orThrow();
        assertThat(network.approvals()).containsExactly(MATIAS);

        network.approve(ALICE).orThrow();
        network.approve(ELLA).orThrow();
        assertThat(network.status()).isEqualTo("AWAITING_APPROVAL");
        network.approve(BOB).orThrow();
        assertThat(network.status()).isEqualTo("APPROVED");

        network.shipProduct("337478411cab754ce47fcaa72ec1d0f6").orThrow();
        assertThat(network.status()).isEqualTo("SHIPPED");
        network.receiveProduct().orThrow();
        assertThat(network.status()).isEqualTo("RECEIVED");
        network.readyForPayment().orThrow();
        assertThat(network.status()).isEqualTo("READY_FOR_PAYMENT");
        network.close("Payment made").orThrow();

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
                  "evidence": [ "337478411cab754ce47fcaa72ec1d0f6" ],
                  "approval": [ "resource:org.example.loc.BankEmployee#matias",
                                "resource:org.example.loc.Customer#alice",
                                "resource:org.example.loc.BankEmployee#ella",
                                "resource:org.example.loc.Customer#bob" ],
                  "status": "CLOSED",
                  "closeReason": "Payment made" }
                """.formatted(STRICTER_RULES)));
    }
}
