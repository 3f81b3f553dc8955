package dev.charter.examples.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.compiler.EmbeddedNetwork;
import dev.charter.runtime.contract.TransactionOutcome;
import dev.charter.runtime.query.QueryOptions;
import dev.charter.runtime.query.QueryResult;
import dev.charter.runtime.registry.Registry;
import dev.charter.runtime.resource.Event;
import dev.charter.runtime.resource.Resource;
import dev.charter.runtime.state.StateKeys;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The vehicle-provenance network compiled from this module's directory, on an empty in-memory state.
 * The cast: Acme Brakes and Bolt Rotors (part suppliers), Motorworks (a vehicle maker), Quickfit (a workshop), the
 * Road Safety Authority (the regulator) and two owners, Olivia and Sam.
 */
final class ProvenanceNetwork implements AutoCloseable {

    static final String NS = "org.example.provenance.";

    static final String ACME = "resource:" + NS + "Manufacturer#acme";
    static final String BOLT = "resource:" + NS + "Manufacturer#bolt";
    static final String MOTORWORKS = "resource:" + NS + "Manufacturer#motorworks";
    static final String QUICKFIT = "resource:" + NS + "Maintainer#quickfit";
    static final String AUTHORITY = "resource:" + NS + "Regulator#rsa";
    static final String OLIVIA = "resource:" + NS + "Owner#olivia";
    static final String SAM = "resource:" + NS + "Owner#sam";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EmbeddedNetwork network = EmbeddedNetwork.compile(Path.of(System.getProperty("charter.network")));

    ProvenanceNetwork() {
        network.add("""
                { "$class": "org.example.provenance.Manufacturer", "companyId": "acme", "name": "Acme Brakes",
                  "role": "PART_SUPPLIER" }""");
        network.add("""
                { "$class": "org.example.provenance.Manufacturer", "companyId": "bolt", "name": "Bolt Rotors",
                  "role": "PART_SUPPLIER" }""");
        network.add("""
                { "$class": "org.example.provenance.Manufacturer", "companyId": "motorworks", "name": "Motorworks",
                  "role": "VEHICLE_MAKER" }""");
        network.add("""
                { "$class": "org.example.provenance.Maintainer", "companyId": "quickfit", "name": "Quickfit" }""");
        network.add("""
                { "$class": "org.example.provenance.Regulator", "companyId": "rsa", "name": "Road Safety Authority" }""");
        network.add("""
                { "$class": "org.example.provenance.Owner", "ownerId": "olivia", "name": "Olivia" }""");
        network.add("""
                { "$class": "org.example.provenance.Owner", "ownerId": "sam", "name": "Sam" }""");
    }

    /** Another workshop joins the network. */
    void addMaintainer(String id, String name) {
        network.add("""
                { "$class": "org.example.provenance.Maintainer", "companyId": "%s", "name": "%s" }""".formatted(id, name));
    }

    // ---- transactions -----------------------------------------------------------------------------

    TransactionOutcome produce(String manufacturer, String partType, String batch, String program, List<String> serials) {
        return network.submitAs(manufacturer, """
                { "$class": "org.example.provenance.ProducePartBatch", "partType": "%s", "batch": "%s",
                  "machineProgram": "%s", "serialNumbers": %s }
                """.formatted(partType, batch, program, array(serials, s -> s)));
    }

    TransactionOutcome assemble(String maker, String vin, String owner, List<String> serials) {
        return network.submitAs(maker, """
                { "$class": "org.example.provenance.AssembleVehicle", "vin": "%s", "modelName": "Roadster",
                  "owner": "%s", "parts": %s }
                """.formatted(vin, owner, array(serials, ProvenanceNetwork::part)));
    }

    TransactionOutcome transfer(String by, String vin, String newOwner) {
        return network.submitAs(by, """
                { "$class": "org.example.provenance.TransferVehicle", "vehicle": "%s", "newOwner": "%s" }
                """.formatted(vehicle(vin), newOwner));
    }

    TransactionOutcome replace(String by, String recordId, String vin, String oldSerial, String newSerial) {
        return network.submitAs(by, """
                { "$class": "org.example.provenance.ReplacePart", "recordId": "%s", "vehicle": "%s",
                  "oldPart": "%s", "newPart": "%s", "notes": "worn" }
                """.formatted(recordId, vehicle(vin), part(oldSerial), part(newSerial)));
    }

    TransactionOutcome inspect(String by, String recordId, String vin, boolean passed) {
        return network.submitAs(by, """
                { "$class": "org.example.provenance.RecordInspection", "recordId": "%s", "vehicle": "%s",
                  "passed": %s }
                """.formatted(recordId, vehicle(vin), passed));
    }

    TransactionOutcome recallBatch(String by, String recallId, String manufacturer, String batch) {
        return network.submitAs(by, """
                { "$class": "org.example.provenance.IssueRecall", "recallId": "%s", "manufacturer": "%s",
                  "reason": "Brake pads wear through early", "batch": "%s" }
                """.formatted(recallId, manufacturer, batch));
    }

    TransactionOutcome recallProgram(String by, String recallId, String manufacturer, String program) {
        return network.submitAs(by, """
                { "$class": "org.example.provenance.IssueRecall", "recallId": "%s", "manufacturer": "%s",
                  "reason": "The press was miscalibrated", "machineProgram": "%s" }
                """.formatted(recallId, manufacturer, program));
    }

    TransactionOutcome closeNotice(String by, String noticeId) {
        return network.submitAs(by, """
                { "$class": "org.example.provenance.CloseRecallNotice", "notice": "resource:%sRecallNotice#%s" }
                """.formatted(NS, noticeId));
    }

    /**
     * The network administrator adds or updates a resource through Composer's registry system transaction
     * ({@code AddParticipant}, {@code UpdateAsset}, …), as the REST API does for {@code POST} and {@code PUT}.
     */
    TransactionOutcome registryChangeAsAdmin(String systemTransaction, String type, String json) {
        String registry = systemTransaction.endsWith("Asset") ? "AssetRegistry" : "ParticipantRegistry";
        return network.submitAsAdmin("""
                { "$class": "org.hyperledger.composer.system.%s",
                  "targetRegistry": "resource:org.hyperledger.composer.system.%s#%s%s", "resources": [ %s ] }
                """.formatted(systemTransaction, registry, NS, type, json));
    }

    // ---- reading the state ------------------------------------------------------------------------

    JsonNode resource(String type, String id) {
        return network.resource(NS + type, id).orElseThrow(() -> new AssertionError("no " + type + " " + id));
    }

    boolean exists(String type, String id) {
        return network.resource(NS + type, id).isPresent();
    }

    List<JsonNode> all(String type) {
        return network.all(NS + type);
    }

    /** The values of an array field, as written on the wire. */
    static List<String> texts(JsonNode node, String field) {
        return StreamSupport.stream(node.path(field).spliterator(), false).map(JsonNode::asText).toList();
    }

    /** The identifiers of the instances of a type that the participant may read, as its registry lists them. */
    List<String> visibleTo(String participant, String type) {
        return registry(participant, type).getAll().stream().map(Resource::$identifier).toList();
    }

    /**
     * One resource as the participant reads it through its registry.
     *
     * @throws dev.charter.runtime.access.AccessDeniedException when the rules refuse
     */
    JsonNode readAs(String participant, String type, String id) {
        return network.archive().wireFormat().toJson(registry(participant, type).get(id));
    }

    @SuppressWarnings("unchecked")
    private Registry<Resource> registry(String participant, String type) {
        return network.context(participant, null)
                .registry((Class<Resource>) network.archive().wireFormat().types().javaClass(NS + type));
    }

    /** Composer's words for a refusal by the access rules. */
    static String noAccess(String participant, String operation, String resource) {
        return "Participant '" + participant.substring("resource:".length()) + "' does not have '" + operation
                + "' access to resource '" + NS + resource + "'";
    }

    JsonNode onlyEvent(TransactionOutcome outcome) {
        List<Event> events = outcome.orThrow().events();
        assertThat(events).hasSize(1);
        return network.archive().wireFormat().toJson(events.get(0));
    }

    /** A step that must be refused with the message and leave no trace: no transaction, no historian record, no writes. */
    void assertRefused(Supplier<TransactionOutcome> step, String message) {
        assertRefused(step, transactionId -> message);
    }

    /** A transaction the access rules do not let the participant submit at all: it leaves no trace either. */
    void assertMaySubmitNot(Supplier<TransactionOutcome> step, String participant, String transactionType) {
        assertRefused(step, transactionId -> noAccess(participant, "CREATE", transactionType + "#" + transactionId));
    }

    /** A step that must be refused with the message made from its transaction id, and leave no trace. */
    void assertRefused(Supplier<TransactionOutcome> step, Function<String, String> message) {
        long versionsBefore = versions();
        TransactionOutcome outcome = step.get();
        assertThat(outcome).isInstanceOfSatisfying(TransactionOutcome.Failed.class,
                failed -> assertThat(failed.message()).isEqualTo(message.apply(outcome.transactionId())));
        assertThat(network.historian(outcome.transactionId())).isEmpty();
        assertThat(network.store().get(StateKeys.transaction(outcome.transactionId()))).isEmpty();
        assertThat(versions()).isEqualTo(versionsBefore);
    }

    /** How many versions the state holds in all: a refused transaction adds none. */
    private long versions() {
        return network.store().scan("").stream().mapToLong(e -> network.store().history(e.key()).size()).sum();
    }

    EmbeddedNetwork embedded() {
        return network;
    }

    static String part(String serial) {
        return "resource:" + NS + "Part#" + serial;
    }

    static String vehicle(String vin) {
        return "resource:" + NS + "Vehicle#" + vin;
    }

    /** A valid 17-character VIN ending in the number. */
    static String vin(int number) {
        return "1MW" + String.format("%014d", number);
    }

    /** The identifiers a named query returns to the participant, and how the engine found them. */
    QueryResult<Resource> query(String participant, String name, Map<String, ?> parameters) {
        return network.query(participant, name, parameters, QueryOptions.DEFAULT);
    }

    static List<String> ids(QueryResult<Resource> result) {
        return result.items().stream().map(Resource::$identifier).toList();
    }

    private static String array(List<String> values, Function<String, String> each) {
        return values.stream().map(v -> "\"" + each.apply(v) + "\"").collect(Collectors.joining(", ", "[", "]"));
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
