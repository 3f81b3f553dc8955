package dev.charter.examples.loc;

import static dev.charter.examples.loc.LetterOfCreditNetwork.ALICE;
import static dev.charter.examples.loc.LetterOfCreditNetwork.BOB;
import static dev.charter.examples.loc.LetterOfCreditNetwork.ELLA;
import static dev.charter.examples.loc.LetterOfCreditNetwork.MATIAS;
import static dev.charter.examples.loc.LetterOfCreditNetwork.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.contract.TransactionOutcome;
import dev.charter.runtime.state.StateKeys;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The historian: one record per committed transaction, none for a failed one. */
class LetterOfCreditHistorianTest {

    private final LetterOfCreditNetwork network = new LetterOfCreditNetwork();

    @AfterEach
    void close() {
        network.close();
    }

    @Test
    void recordsTheTypeInvokerEventsAndTimestampOfEveryCommittedTransaction() {
        network.closed();

        record Expected(String type, String invoker, String event) {
        }
        List<Expected> expected = List.of(
                new Expected("CreateDemoParticipants", null, null),
                new Expected("InitialApplication", ALICE, "InitialApplicationEvent"),
                new Expected("Approve", BOB, "ApproveEvent"),
                new Expected("Approve", MATIAS, "ApproveEvent"),
                new Expected("Approve", ELLA, "ApproveEvent"),
                new Expected("ShipProduct", BOB, "ShipProductEvent"),
                new Expected("ReceiveProduct", ALICE, "ReceiveProductEvent"),
                new Expected("ReadyForPayment", MATIAS, "ReadyForPaymentEvent"),
                new Expected("Close", ELLA, "CloseEvent"));
        for (int i = 0; i < expected.size(); i++) {
            String id = "tx-" + (i + 1);
            String timestamp = "2026-01-01T00:00:0%d.000Z".formatted(i + 1);
            Expected step = expected.get(i);
            JsonNode record = network.embedded().historian(id).orElseThrow(() -> new AssertionError("no record of " + id));

            assertThat(record.get("transactionId").asText()).as(id).isEqualTo(id);
            assertThat(record.get("transactionType").asText()).as(id).isEqualTo("org.example.loc." + step.type());
            assertThat(record.get("transactionInvoked").asText()).as(id)
                    .isEqualTo("resource:org.example.loc." + step.type() + "#" + id);
            assertThat(record.get("transactionTimestamp").asText()).as(id).isEqualTo(timestamp);
            // The network administrator is no participant: Charter records no invoker for it.
            assertThat(record.path("participantInvoking").asText(null)).as(id).isEqualTo(step.invoker());
            JsonNode events = record.get("eventsEmitted");
            if (step.event() == null) {
                assertThat(events).as(id).isEmpty();
            } else {
                assertThat(events).as(id).hasSize(1);
                assertThat(events.get(0).get("$class").asText()).as(id).isEqualTo("org.example.loc." + step.event());
                assertThat(events.get(0).get("eventId").asText()).as(id).isEqualTo(id + "#0");
                assertThat(events.get(0).get("timestamp").asText()).as(id).isEqualTo(timestamp);
            }
        }
        assertThat(network.embedded().historian("tx-10")).isEmpty();
    }

    @Test
    void recordsAnApprovalInFull() {
        network.applied();
        network.approve(MATIAS).orThrow();

        assertThat(network.embedded().historian("tx-3")).contains(parse("""
                { "$class": "org.hyperledger.composer.system.HistorianRecord",
                  "transactionId": "tx-3",
                  "transactionType": "org.example.loc.Approve",
                  "transactionInvoked": "resource:org.example.loc.Approve#tx-3",
                  "participantInvoking": "resource:org.example.loc.BankEmployee#matias",
                  "identityUsed": "resource:org.hyperledger.composer.system.Identity#identity-of-matias",
                  "eventsEmitted": [
                    { "$class": "org.example.loc.ApproveEvent", "eventId": "tx-3#0",
                      "timestamp": "2026-01-01T00:00:03.000Z",
                      "loc": "resource:org.example.loc.LetterOfCredit#LETTER-REF-123",
                      "approvingParty": "resource:org.example.loc.BankEmployee#matias" } ],
                  "transactionTimestamp": "2026-01-01T00:00:03.000Z" }
                """));
    }

    @Test
    void aRefusedTransactionLeavesTheLetterUnchangedAndNoRecord() {
        network.applied();
        JsonNode before = network.letter();
        List<?> versionsBefore = network.embedded().store().history(letterKey());

        TransactionOutcome outcome = network.approve(ALICE);

        assertThat(outcome).isInstanceOf(TransactionOutcome.Failed.class);
        assertThat(outcome.transactionId()).isEqualTo("tx-3");
        assertThat(network.letter()).isEqualTo(before);
        assertThat(network.embedded().store().history(letterKey())).hasSameSizeAs(versionsBefore);
        assertThat(network.embedded().historian("tx-3")).isEmpty();
        assertThat(network.embedded().store().get(StateKeys.transaction("tx-3"))).isEmpty();
    }

    @Test
    void aTransactionThatFailsPartWayUndoesTheWritesItHadMade() {
        // Alice is already registered, so CreateDemoParticipants adds both banks and then fails on her.
        network.addParticipant("org.example.loc.Customer", "alice", """
                { "$class": "org.example.loc.Customer", "personId": "alice", "name": "Alice",
                  "bank": "resource:org.example.loc.Bank#BOD", "companyName": "QuickFix IT" }
                """);

        TransactionOutcome outcome = network.createDemoParticipants();

        assertThat(outcome).isInstanceOfSatisfying(TransactionOutcome.Failed.class, failed -> assertThat(failed.message())
                .isEqualTo("Object with ID 'alice' in collection with ID 'Participant:org.example.loc.Customer' already exists"));
        assertThat(network.embedded().all("org.example.loc.Bank")).isEmpty();
        assertThat(network.embedded().all("org.example.loc.BankEmployee")).isEmpty();
        assertThat(network.embedded().historian("tx-1")).isEmpty();
    }

    private static String letterKey() {
        return StateKeys.resource(LetterOfCreditNetwork.LETTER_TYPE, LetterOfCreditNetwork.LETTER_ID);
    }
}
