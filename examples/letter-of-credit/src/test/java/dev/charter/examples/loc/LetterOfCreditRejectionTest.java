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

/** Reject: a party refuses the letter before it is approved, closing it with a reason. */
class LetterOfCreditRejectionTest {

    private final LetterOfCreditNetwork network = new LetterOfCreditNetwork();

    @AfterEach
    void close() {
        network.close();
    }

    @Test
    void rejectingMarksTheLetterRejectedWithTheReason() {
        network.applied();
        network.approve(BOB).orThrow();

        network.reject(ELLA, "Eastwood Banking does not finance computer exports").orThrow();

        assertThat(network.status()).isEqualTo("REJECTED");
        assertThat(network.letter().get("closeReason").asText())
                .isEqualTo("Eastwood Banking does not finance computer exports");
    }

    @Test
    void emitsARejectEventWithTheReason() {
        network.applied();

        TransactionOutcome outcome = network.reject(MATIAS, "The rules are not acceptable to the bank");

        assertThat(outcome.transactionId()).isEqualTo("tx-3");
        assertThat(network.onlyEvent(outcome)).isEqualTo(parse("""
                { "$class": "org.example.loc.RejectEvent", "eventId": "tx-3#0",
                  "timestamp": "2026-01-01T00:00:03.000Z",
                  "loc": "resource:org.example.loc.LetterOfCredit#LETTER-REF-123",
                  "closeReason": "The rules are not acceptable to the bank" }
                """));
    }

    @Test
    void refusesToRejectAClosedLetter() {
        network.closed();

        network.assertRefused(() -> network.reject(BOB, "Too late"), "This letter of credit has already been closed");
    }

    @Test
    void refusesToRejectARejectedLetter() {
        network.rejected();

        network.assertRefused(() -> network.reject(BOB, "Me too"), "This letter of credit has already been closed");
    }

    @Test
    void refusesToRejectAnApprovedLetter() {
        network.approved();

        network.assertRefused(() -> network.reject(MATIAS, "Second thoughts"),
                "This letter of credit has already been approved");
    }

    @Test
    void refusesToRejectOnceTheProductHasBeenShipped() {
        // Rejecting now would close the letter with the goods on their way and Bob unpaid.
        network.shipped();
        network.assertRefused(() -> network.reject(ALICE, "Changed my mind"), "The product has already been shipped");

        network.receiveProduct().orThrow();
        network.assertRefused(() -> network.reject(ALICE, "Changed my mind"), "The product has already been shipped");

        network.readyForPayment().orThrow();
        network.assertRefused(() -> network.reject(MATIAS, "Changed our mind"), "The product has already been shipped");
    }
}
