package dev.charter.examples.loc;

import static dev.charter.examples.loc.LetterOfCreditNetwork.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.runtime.contract.TransactionOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CreateDemoParticipants: the cast of the sample's walk-through. */
class LetterOfCreditDemoParticipantsTest {

    private final LetterOfCreditNetwork network = new LetterOfCreditNetwork();

    @AfterEach
    void close() {
        network.close();
    }

    @Test
    void createsTwoBanksTwoCustomersAndTwoBankEmployees() {
        TransactionOutcome outcome = network.createDemoParticipants();

        assertThat(outcome.orThrow().events()).isEmpty();
        assertThat(network.embedded().all("org.example.loc.Bank")).containsExactly(
                parse("""
                        { "$class": "org.example.loc.Bank", "bankId": "BOD", "name": "Bank of Dinero" }
                        """),
                parse("""
                        { "$class": "org.example.loc.Bank", "bankId": "EB", "name": "Eastwood Banking" }
                        """));
        assertThat(network.embedded().all("org.example.loc.Customer")).containsExactly(
                parse("""
                        { "$class": "org.example.loc.Customer", "personId": "alice", "name": "Alice",
                          "lastName": "Hamilton", "bank": "resource:org.example.loc.Bank#BOD",
                          "companyName": "QuickFix IT" }
                        """),
                parse("""
                        { "$class": "org.example.loc.Customer", "personId": "bob", "name": "Bob",
                          "lastName": "Appleton", "bank": "resource:org.example.loc.Bank#EB",
                          "companyName": "Conga Computers" }
                        """));
        assertThat(network.embedded().all("org.example.loc.BankEmployee")).containsExactly(
                parse("""
                        { "$class": "org.example.loc.BankEmployee", "personId": "ella", "name": "Ella",
                          "bank": "resource:org.example.loc.Bank#EB" }
                        """),
                parse("""
                        { "$class": "org.example.loc.BankEmployee", "personId": "matias", "name": "Matías",
                          "bank": "resource:org.example.loc.Bank#BOD" }
                        """));
    }

    @Test
    void refusesToCreateTheDemoParticipantsTwice() {
        network.createDemoParticipants().orThrow();

        TransactionOutcome second = network.createDemoParticipants();

        assertThat(second).isInstanceOfSatisfying(TransactionOutcome.Failed.class, failed -> assertThat(failed.message())
                .isEqualTo("Object with ID 'BOD' in collection with ID 'Participant:org.example.loc.Bank' already exists"));
        assertThat(network.embedded().all("org.example.loc.Bank")).hasSize(2);
    }
}
