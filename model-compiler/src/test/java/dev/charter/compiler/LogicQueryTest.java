package dev.charter.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.contract.TransactionOutcome;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code query name(…)} in logic, compiled into an archive and run: the network under
 * {@code networks/query-logic} adds an item and then asks for its holder's items in one transaction.
 */
class LogicQueryTest {

    private EmbeddedNetwork network;

    @BeforeEach
    void compile() throws URISyntaxException {
        network = EmbeddedNetwork.compile(Path.of(getClass().getClassLoader().getResource("networks/query-logic").toURI()));
        network.add("{\"$class\": \"org.example.items.Holder\", \"holderId\": \"H1\"}");
        network.add("{\"$class\": \"org.example.items.Holder\", \"holderId\": \"H2\"}");
        network.add("""
                {"$class": "org.example.items.Item", "itemId": "A", "holder": "resource:org.example.items.Holder#H1",
                 "weight": 5}""");
        network.add("""
                {"$class": "org.example.items.HeavyItem", "itemId": "C", "holder": "resource:org.example.items.Holder#H1",
                 "weight": 100}""");
    }

    @AfterEach
    void close() {
        network.close();
    }

    @Test
    void aQueryInLogicSeesWhatTheSameTransactionAddedAndOnlyTheSelectedType() {
        JsonNode holdings = holdings(network.submitAsAdmin("""
                {"$class": "org.example.items.Mint", "holder": "resource:org.example.items.Holder#H1", "itemId": "B",
                 "weight": 9}"""));

        // A (5) was there, B (9) is added by this transaction; C is a HeavyItem, a subtype, so not selected.
        assertThat(holdings.get("count").asInt()).isEqualTo(2);
        assertThat(holdings.get("heaviest").asInt()).isEqualTo(9);
    }

    @Test
    void eachHolderSeesOnlyItsOwnItems() {
        JsonNode holdings = holdings(network.submitAsAdmin("""
                {"$class": "org.example.items.Mint", "holder": "resource:org.example.items.Holder#H2", "itemId": "D",
                 "weight": 1}"""));

        assertThat(holdings.get("count").asInt()).isEqualTo(1);
        assertThat(holdings.get("heaviest").asInt()).isEqualTo(1);
    }

    private JsonNode holdings(TransactionOutcome outcome) {
        TransactionOutcome.Committed committed = outcome.orThrow();
        assertThat(committed.events()).hasSize(1);
        return network.archive().wireFormat().toJson(committed.events().get(0));
    }
}
