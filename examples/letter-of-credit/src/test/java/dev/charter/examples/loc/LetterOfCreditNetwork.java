package dev.charter.examples.loc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.compiler.EmbeddedNetwork;
import dev.charter.runtime.context.TransactionContext;
import dev.charter.runtime.contract.TransactionOutcome;
import dev.charter.runtime.json.WireFormat;
import dev.charter.runtime.registry.Registry;
import dev.charter.runtime.resource.Event;
import dev.charter.runtime.resource.Resource;
import dev.charter.runtime.state.StateKeys;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

/**
 * The letter-of-credit network compiled from this module's directory, on an empty in-memory state,
 * with the steps of its business process as methods. The cast is the one CreateDemoParticipants
 * sets up: Alice (QuickFix IT, a customer of the Bank of Dinero) buys 100 computers from Bob
 * (Conga Computers, a customer of Eastwood Banking); Matías works at Alice's bank, Ella at Bob's.
 * Each step is submitted by the person who takes it in the sample's walk-through.
 */
final class LetterOfCreditNetwork implements AutoCloseable {

    static final String ALICE = "resource:org.example.loc.Customer#alice";
    static final String BOB = "resource:org.example.loc.Customer#bob";
    static final String MATIAS = "resource:org.example.loc.BankEmployee#matias";
    static final String ELLA = "resource:org.example.loc.BankEmployee#ella";
    static final String BANK_OF_DINERO = "resource:org.example.loc.Bank#BOD";
    static final String EASTWOOD_BANKING = "resource:org.example.loc.Bank#EB";

    static final String LETTER_ID = "LETTER-REF-123";
    static final String LETTER = "resource:org.example.loc.LetterOfCredit#" + LETTER_ID;
    static final String LETTER_TYPE = "org.example.loc.LetterOfCredit";

    /** The rules Alice and Bob agreed on: her application carries them. */
    static final String AGREED_RULES = """
            [ { "$class": "org.example.loc.Rule", "ruleId": "LETTER-REF-123-RULE-1",
                "ruleText": "The computers will be received in working order" },
              { "$class": "org.example.loc.Rule", "ruleId": "LETTER-REF-123-RULE-2",
                "ruleText": "The computers will be received within 30 days" } ]
            """;

    /** The rules Matías suggests instead: delivery within 15 days. */
    static final String STRICTER_RULES = """
            [ { "$class": "org.example.loc.Rule", "ruleId": "LETTER-REF-123-RULE-1",
                "ruleText": "The computers will be received in working order" },
              { "$class": "org.example.loc.Rule", "ruleId": "LETTER-REF-123-RULE-2-UPDATED",
                "ruleText": "The computers will be received within 15 days" } ]
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EmbeddedNetwork network = EmbeddedNetwork.compile(Path.of(System.getProperty("charter.network")));

    // ---- the steps of the process ---------------------------------------------------------------

    TransactionOutcome createDemoParticipants() {
        return network.submitAsAdmin("""
                { "$class": "org.example.loc.CreateDemoParticipants" }
                """);
    }

    /** Alice applies for a letter of credit for 100 computers from Bob at 450 each. */
    TransactionOutcome applyForLetter() {
        return network.submitAs(ALICE, """
                { "$class": "org.example.loc.InitialApplication",
                  "letterId": "%s",
                  "applicant": "%s",
                  "beneficiary": "%s",
                  "rules": %s,
                  "productDetails": { "$class": "org.example.loc.ProductDetails",
                                      "productType": "Computers", "quantity": 100, "pricePerUnit": 450 } }
                """.formatted(LETTER_ID, ALICE, BOB, AGREED_RULES));
    }

    /** The person approves the letter, submitting the approval themselves. */
    TransactionOutcome approve(String person) {
        return network.submitAs(person, """
                { "$class": "org.example.loc.Approve", "loc": "%s", "approvingParty": "%s" }
                """.formatted(LETTER, person));
    }

    TransactionOutcome reject(String person, String reason) {
        return network.submitAs(person, """
                { "$class": "org.example.loc.Reject", "loc": "%s", "closeReason": "%s" }
                """.formatted(LETTER, reason));
    }

    TransactionOutcome suggestChanges(String person, String rules) {
        return network.submitAs(person, """
                { "$class": "org.example.loc.SuggestChanges", "loc": "%s", "rules": %s, "suggestingParty": "%s" }
                """.formatted(LETTER, rules, person));
    }

    /** Bob ships the computers, with a hash of the shipping documents as evidence. */
    TransactionOutcome shipProduct(String evidence) {
        return network.submitAs(BOB, """
                { "$class": "org.example.loc.ShipProduct", "loc": "%s", "evidence": "%s" }
                """.formatted(LETTER, evidence));
    }

    /** Alice confirms the computers arrived. */
    TransactionOutcome receiveProduct() {
        return network.submitAs(ALICE, """
                { "$class": "org.example.loc.ReceiveProduct", "loc": "%s" }
                """.formatted(LETTER));
    }

    /** Matías, at Alice's bank, confirms the rules are met. */
    TransactionOutcome readyForPayment() {
        return network.submitAs(MATIAS, """
                { "$class": "org.example.loc.ReadyForPayment", "loc": "%s" }
                """.formatted(LETTER));
    }

    /** Ella, at Bob's bank, closes the paid letter. */
    TransactionOutcome close(String reason) {
        return network.submitAs(ELLA, """
                { "$class": "org.example.loc.Close", "loc": "%s", "closeReason": "%s" }
                """.formatted(LETTER, reason));
    }

    // ---- getting a letter to a stage ------------------------------------------------------------

    /** The demo participants exist and Alice has applied: the letter awaits the other three approvals. */
    LetterOfCreditNetwork applied() {
        createDemoParticipants().orThrow();
        applyForLetter().orThrow();
        return this;
    }

    /** All four parties have approved. */
    LetterOfCreditNetwork approved() {
        applied();
        approve(BOB).orThrow();
        approve(MATIAS).orThrow();
        approve(ELLA).orThrow();
        return this;
    }

    LetterOfCreditNetwork shipped() {
        approved();
        shipProduct("337478411cab754ce47fcaa72ec1d0f6").orThrow();
        return this;
    }

    LetterOfCreditNetwork received() {
        shipped();
        receiveProduct().orThrow();
        return this;
    }

    LetterOfCreditNetwork readyToPay() {
        received();
        readyForPayment().orThrow();
        return this;
    }

    LetterOfCreditNetwork closed() {
        readyToPay();
        close("Payment made").orThrow();
        return this;
    }

    LetterOfCreditNetwork rejected() {
        applied();
        reject(MATIAS, "The rules are not acceptable to the bank").orThrow();
        return this;
    }

    /**
     * Puts a participant straight into the state, as an administrator would with a participant
     * registry: the network has no transaction that adds one.
     */
    void addParticipant(String type, String id, String json) {
        WireFormat wire = network.archive().wireFormat();
        byte[] canonical = wire.toBytes(wire.fromJson(parse(json)));
        network.store().put("setup-" + id, StateKeys.resource(type, id), canonical);
    }

    // ---- what a participant may see -------------------------------------------------------------

    /** The ids of the instances of a type the participant may read (the registry's getAll, through the rules). */
    List<String> visibleTo(String participant, String type) {
        return registry(network.context(participant, null), type).getAll().stream().map(Resource::$identifier).toList();
    }

    /**
     * One resource as the participant reads it through the registry.
     *
     * @throws dev.charter.runtime.access.AccessDeniedException when the rules refuse
     */
    JsonNode readAs(String participant, String type, String id) {
        return network.archive().wireFormat().toJson(registry(network.context(participant, null), type).get(id));
    }

    @SuppressWarnings("unchecked")
    Registry<Resource> registry(TransactionContext context, String type) {
        return context.registry((Class<Resource>) network.archive().wireFormat().types().javaClass(type));
    }

    // ---- reading the state ----------------------------------------------------------------------

    JsonNode letter() {
        return network.resource(LETTER_TYPE, LETTER_ID).orElseThrow(() -> new AssertionError("no letter " + LETTER_ID));
    }

    String status() {
        return letter().get("status").asText();
    }

    /** Who has approved the letter, as relationships in approval order. */
    List<String> approvals() {
        return StreamSupport.stream(letter().get("approval").spliterator(), false).map(JsonNode::asText).toList();
    }

    /** An event as it travels to clients, in Composer's JSON. */
    JsonNode json(Event event) {
        return network.archive().wireFormat().toJson(event);
    }

    /** The one event a committed transaction emitted, in Composer's JSON. */
    JsonNode onlyEvent(TransactionOutcome outcome) {
        List<Event> events = outcome.orThrow().events();
        assertThat(events).hasSize(1);
        return json(events.get(0));
    }

    EmbeddedNetwork embedded() {
        return network;
    }

    /**
     * Runs a step that must be refused with the message, and checks that it changed nothing: the
     * letter is as it was, and there is neither a transaction nor a historian record.
     */
    void assertRefused(Supplier<TransactionOutcome> step, String message) {
        JsonNode before = network.resource(LETTER_TYPE, LETTER_ID).orElse(null);
        TransactionOutcome outcome = step.get();
        assertThat(outcome).isInstanceOfSatisfying(TransactionOutcome.Failed.class,
                failed -> assertThat(failed.message()).isEqualTo(message));
        assertThat(network.resource(LETTER_TYPE, LETTER_ID).orElse(null)).isEqualTo(before);
        assertThat(network.historian(outcome.transactionId())).isEmpty();
        assertThat(network.store().get(StateKeys.transaction(outcome.transactionId()))).isEmpty();
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON: " + json, e);
        }
    }

    @Override
    public void close() {
        network.close();
    }
}
