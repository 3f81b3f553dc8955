package dev.charter.examples.loc;

import static dev.charter.examples.loc.LetterOfCreditNetwork.ALICE;
import static dev.charter.examples.loc.LetterOfCreditNetwork.BOB;
import static dev.charter.examples.loc.LetterOfCreditNetwork.ELLA;
import static dev.charter.examples.loc.LetterOfCreditNetwork.LETTER_ID;
import static dev.charter.examples.loc.LetterOfCreditNetwork.LETTER_TYPE;
import static dev.charter.examples.loc.LetterOfCreditNetwork.MATIAS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.access.AccessDeniedException;
import dev.charter.runtime.context.TransactionContext;
import dev.charter.runtime.json.WireFormat;
import dev.charter.runtime.resource.Resource;
import dev.charter.runtime.resource.Transaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The network's permissions.acl at work: Composer's letters-of-credit rules, compiled, decide who sees
 * and does what. Carol is a customer of Alice's bank who has no part in the letter.
 */
class LetterOfCreditAccessTest {

    private static final String CAROL = "resource:org.example.loc.Customer#carol";
    private static final String CUSTOMER = "org.example.loc.Customer";

    private final LetterOfCreditNetwork network = new LetterOfCreditNetwork();

    @AfterEach
    void close() {
        network.close();
    }

    private void carolJoinsTheBankOfDinero() {
        network.addParticipant(CUSTOMER, "carol", """
                { "$class": "org.example.loc.Customer", "personId": "carol", "name": "Carol",
                  "bank": "resource:org.example.loc.Bank#BOD", "companyName": "Carol's Components" }
                """);
    }

    @Test
    void customersSeeTheLettersTheyArePartyToAndNotOthers() {
        network.applied();
        carolJoinsTheBankOfDinero();

        assertThat(network.visibleTo(ALICE, LETTER_TYPE)).containsExactly(LETTER_ID);
        assertThat(network.visibleTo(BOB, LETTER_TYPE)).containsExactly(LETTER_ID);
        assertThat(network.visibleTo(CAROL, LETTER_TYPE)).isEmpty();
        assertThat(network.readAs(ALICE, LETTER_TYPE, LETTER_ID).get("status").asText()).isEqualTo("AWAITING_APPROVAL");
        assertThatThrownBy(() -> network.readAs(CAROL, LETTER_TYPE, LETTER_ID))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Participant 'org.example.loc.Customer#carol' does not have 'READ' access to resource"
                        + " 'org.example.loc.LetterOfCredit#LETTER-REF-123'");
        TransactionContext asCarol = network.embedded().context(CAROL, null);
        assertThatThrownBy(() -> network.registry(asCarol, LETTER_TYPE).exists(LETTER_ID))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void bankEmployeesSeeTheLettersOfTheirBanksCustomers() {
        network.applied();

        assertThat(network.visibleTo(MATIAS, LETTER_TYPE)).containsExactly(LETTER_ID);
        assertThat(network.visibleTo(ELLA, LETTER_TYPE)).containsExactly(LETTER_ID);
    }

    @Test
    void bankEmployeesSeeTheirOwnBanksCustomersOnly() {
        network.createDemoParticipants().orThrow();
        carolJoinsTheBankOfDinero();

        assertThat(network.visibleTo(MATIAS, CUSTOMER)).containsExactly("alice", "carol");
        assertThat(network.visibleTo(ELLA, CUSTOMER)).containsExactly("bob");
        assertThatThrownBy(() -> network.readAs(MATIAS, CUSTOMER, "bob"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Participant 'org.example.loc.BankEmployee#matias' does not have 'READ' access to resource"
                        + " 'org.example.loc.Customer#bob'");
    }

    @Test
    void everyParticipantSeesTheBanks() {
        network.createDemoParticipants().orThrow();

        assertThat(network.visibleTo(ALICE, "org.example.loc.Bank")).containsExactly("BOD", "EB");
        assertThat(network.visibleTo(ELLA, "org.example.loc.Bank")).containsExactly("BOD", "EB");
        assertThat(network.visibleTo(ALICE, "org.example.loc.BankEmployee")).containsExactly("matias");
    }

    @Test
    void aCustomerCreatesALetterOfCreditOnlyInsideAnInitialApplication() {
        network.applied();
        WireFormat wire = network.embedded().archive().wireFormat();
        ObjectNode letter = (ObjectNode) network.letter().deepCopy();
        letter.put("letterId", "LETTER-2");
        Resource second = (Resource) wire.fromJson(letter);

        Transaction approve = transaction(wire, """
                { "$class": "org.example.loc.Approve", "transactionId": "t1", "timestamp": "2026-01-02T00:00:00.000Z",
                  "loc": "resource:org.example.loc.LetterOfCredit#LETTER-REF-123",
                  "approvingParty": "resource:org.example.loc.Customer#alice" }
                """);
        assertThatThrownBy(() -> network.embedded().context(ALICE, approve).add(second))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Participant 'org.example.loc.Customer#alice' does not have 'CREATE' access to resource"
                        + " 'org.example.loc.LetterOfCredit#LETTER-2'");

        Transaction application = transaction(wire, """
                { "$class": "org.example.loc.InitialApplication", "transactionId": "t2",
                  "timestamp": "2026-01-02T00:00:00.000Z", "letterId": "LETTER-2",
                  "applicant": "resource:org.example.loc.Customer#alice",
                  "beneficiary": "resource:org.example.loc.Customer#bob", "rules": [],
                  "productDetails": { "$class": "org.example.loc.ProductDetails", "productType": "Chairs",
                                      "quantity": 1, "pricePerUnit": 10 } }
                """);
        network.embedded().context(ALICE, application).add(second); // allowed: nothing is thrown
    }

    @Test
    void aRefusedTransactionLeavesNoWrites() {
        network.applied();
        carolJoinsTheBankOfDinero();

        network.assertRefused(() -> network.reject(CAROL, "I do not like it"),
                "Participant 'org.example.loc.Customer#carol' does not have 'CREATE' access to resource"
                        + " 'org.example.loc.Reject#tx-3'");
        assertThat(network.status()).isEqualTo("AWAITING_APPROVAL");
    }

    @Test
    void theBeneficiaryCannotConfirmReceiptOnlyTheApplicantCan() {
        network.shipped();

        network.assertRefused(() -> network.embedded().submitAs(BOB, """
                { "$class": "org.example.loc.ReceiveProduct", "loc": "resource:org.example.loc.LetterOfCredit#%s" }
                """.formatted(LETTER_ID)), "Participant 'org.example.loc.Customer#bob' does not have 'CREATE' access to"
                + " resource 'org.example.loc.ReceiveProduct#tx-7'");
        assertThat(network.status()).isEqualTo("SHIPPED");
    }

    private static Transaction transaction(WireFormat wire, String json) {
        return wire.fromJson(LetterOfCreditNetwork.parse(json), Transaction.class);
    }
}
