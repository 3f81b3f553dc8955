package dev.charter.examples.loc;

import static dev.charter.examples.loc.LetterOfCreditNetwork.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.runtime.contract.TransactionOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * After approval: Bob ships the goods, Alice receives them, her bank makes the letter ready for
 * payment and Bob's bank closes it — each step only in its turn.
 */
class LetterOfCreditFulfilmentTest {

    private static final String EVIDENCE = "337478411cab754ce47fcaa72ec1d0f6";

    private final LetterOfCreditNetwork network = new LetterOfCreditNetwork();

    @AfterEach
    void close() {
        network.close();
    }

    // ---- shipping -------------------------------------------------------------------------------

    @Test
    void shippingAnApprovedLetterMarksItShippedAndAddsTheEvidence() {
        network.approved();

        TransactionOutcome outcome = network.shipProduct(EVIDENCE);

        assertThat(network.status()).isEqualTo("SHIPPED");
        assertThat(network.letter().get("evidence")).isEqualTo(parse("[ \"%s\" ]".formatted(EVIDENCE)));
        assertThat(outcome.transactionId()).isEqualTo("tx-6");
        assertThat(network.onlyEvent(outcome)).isEqualTo(parse("""
                { "$class": "org.example.loc.ShipProductEvent", "eventId": "tx-6#0",
                  "timestamp": "2026-01-01T00:00:06.000Z",
                  "loc": "resource:org.example.loc.LetterOfCredit#LETTER-REF-123" }
                """));
    }

    @Test
    void refusesToShipBeforeAllFourPartiesHaveApproved() {
        network.applied();

        network.assertRefused(() -> network.shipProduct(EVIDENCE),
                "All four parties must approve this letter of credit before the product is shipped");
    }

    @Test
    void refusesToShipTwice() {
        network.shipped();

        network.assertRefused(() -> network.shipProduct("a second consignment"), "The product has already been shipped");
    }

    @Test
    void refusesToShipForARejectedLetter() {
        network.rejected();

        network.assertRefused(() -> network.shipProduct(EVIDENCE), "This letter of credit has already been closed");
    }

    // ---- receiving ------------------------------------------------------------------------------

    @Test
    void receivingAShippedProductMarksTheLetterReceived() {
        network.shipped();

        TransactionOutcome outcome = network.receiveProduct();

        assertThat(network.status()).isEqualTo("RECEIVED");
        assertThat(outcome.transactionId()).isEqualTo("tx-7");
        assertThat(network.onlyEvent(outcome)).isEqualTo(parse("""
                { "$class": "org.example.loc.ReceiveProductEvent", "eventId": "tx-7#0",
                  "timestamp": "2026-01-01T00:00:07.000Z",
                  "loc": "resource:org.example.loc.LetterOfCredit#LETTER-REF-123" }
                """));
    }

    @Test
    void refusesToReceiveAProductThatHasNotBeenShipped() {
        network.approved();

        network.assertRefused(network::receiveProduct, "The product must be shipped before it can be received");
    }

    @Test
    void refusesToReceiveTwice() {
        network.received();

        network.assertRefused(network::receiveProduct, "The product has already been received");
    }

    // ---- ready for payment ----------------------------------------------------------------------

    @Test
    void confirmingAReceivedProductMakesTheLetterReadyForPayment() {
        network.received();

        TransactionOutcome outcome = network.readyForPayment();

        assertThat(network.status()).isEqualTo("READY_FOR_PAYMENT");
        assertThat(outcome.transactionId()).isEqualTo("tx-8");
        assertThat(network.onlyEvent(outcome)).isEqualTo(parse("""
                { "$class": "org.example.loc.ReadyForPaymentEvent", "eventId": "tx-8#0",
                  "timestamp": "2026-01-01T00:00:08.000Z",
                  "loc": "resource:org.example.loc.LetterOfCredit#LETTER-REF-123" }
                """));
    }

    @Test
    void refusesPaymentBeforeTheProductIsReceived() {
        network.shipped();

        network.assertRefused(network::readyForPayment, "The product must be received before payment can be made");
    }

    @Test
    void refusesToMakeTheLetterReadyForPaymentTwice() {
        network.readyToPay();

        network.assertRefused(network::readyForPayment, "This letter of credit is already ready for payment");
    }

    // ---- closing --------------------------------------------------------------------------------

    @Test
    void closingALetterReadyForPaymentMarksItClosedWithTheReason() {
        network.readyToPay();

        TransactionOutcome outcome = network.close("Payment made");

        assertThat(network.status()).isEqualTo("CLOSED");
        assertThat(network.letter().get("closeReason").asText()).isEqualTo("Payment made");
        assertThat(outcome.transactionId()).isEqualTo("tx-9");
        assertThat(network.onlyEvent(outcome)).isEqualTo(parse("""
                { "$class": "org.example.loc.CloseEvent", "eventId": "tx-9#0",
                  "timestamp": "2026-01-01T00:00:09.000Z",
                  "loc": "resource:org.example.loc.LetterOfCredit#LETTER-REF-123",
                  "closeReason": "Payment made" }
                """));
    }

    @Test
    void refusesToCloseALetterThatIsNotReadyForPayment() {
        network.received();

        network.assertRefused(() -> network.close("Payment made"),
                "The letter of credit must be ready for payment before it is closed");
    }

    @Test
    void refusesEveryStepOnceTheLetterIsClosed() {
        network.closed();

        String closed = "This letter of credit has already been closed";
        network.assertRefused(() -> network.shipProduct(EVIDENCE), closed);
        network.assertRefused(network::receiveProduct, closed);
        network.assertRefused(network::readyForPayment, closed);
        network.assertRefused(() -> network.close("Paid twice"), closed);
    }
}
