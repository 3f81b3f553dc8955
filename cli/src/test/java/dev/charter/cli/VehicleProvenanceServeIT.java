package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.ledger.card.Card;
import dev.charter.ledger.client.LedgerClient;
import dev.charter.ledger.client.NetworkReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * {@code bin/charter serve examples/vehicle-provenance} as a process, driven only over HTTP by each participant with
 * an API key of its own: suppliers produce batches, Motorworks assembles four vehicles, Olivia sells hers to Sam,
 * Quickfit inspects it and replaces a brake pad, the regulator recalls the pads' batch, Quickfit replaces a recalled
 * pad and closes that vehicle's recall notice. Then the refusals, the events, the full provenance of one pad from
 * the history API checked against the historian and the node's own record of each transaction, and the chain the
 * server wrote, proven by {@code charter ledger verify}.
 *
 * <p>The cast: Acme Brakes (brake pads: batch B-7 — P1 to P4 — and batch B-9 — S1 to S3) and Bolt Rotors (rotors
 * R1 to R4), part suppliers; Motorworks, the vehicle maker; Quickfit, a workshop; the Road Safety Authority; owners
 * Olivia, Sam and Noah. Vehicle 1 (P1, R1) is Olivia's, then Sam's; vehicle 2 (P2, R2) Sam's; vehicle 3 (P3, R3)
 * and vehicle 4 (S3, R4) Noah's. P4 stays in stock.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VehicleProvenanceServeIT extends ServeHarness {

    private static final String NS = "org.example.provenance.";
    private static final String API = "/api/" + NS;
    private static final String ACME = "resource:" + NS + "Manufacturer#acme";
    private static final String BOLT = "resource:" + NS + "Manufacturer#bolt";
    private static final String MOTORWORKS = "resource:" + NS + "Manufacturer#motorworks";
    private static final String QUICKFIT = "resource:" + NS + "Maintainer#quickfit";
    private static final String RSA = "resource:" + NS + "Regulator#rsa";
    private static final String OLIVIA = "resource:" + NS + "Owner#olivia";
    private static final String SAM = "resource:" + NS + "Owner#sam";
    private static final String NOAH = "resource:" + NS + "Owner#noah";
    private static final String V1 = vin(1);
    private static final String V2 = vin(2);
    private static final String V3 = vin(3);
    private static final String V4 = vin(4);

    /** The transactions of the story by what they did, as the server answered them. */
    private final Map<String, JsonNode> story = new LinkedHashMap<>();
    /** The height before the story's first transaction. */
    private long heightBefore;

    @BeforeAll
    void serveTheNetworkWithItsCast() throws Exception {
        Path users = dir.resolve("users.properties");
        Files.writeString(users, """
                admin-key = admin
                acme-key = %s
                bolt-key = %s
                motorworks-key = %s
                quickfit-key = %s
                rsa-key = %s
                olivia-key = %s
                sam-key = %s
                noah-key = %s
                """.formatted(ACME, BOLT, MOTORWORKS, QUICKFIT, RSA, OLIVIA, SAM, NOAH));
        start(ROOT.resolve("examples/vehicle-provenance"), users);
        for (String[] company : new String[][] {{"acme", "Acme Brakes", "PART_SUPPLIER"}, {"bolt", "Bolt Rotors",
                "PART_SUPPLIER"}, {"motorworks", "Motorworks", "VEHICLE_MAKER"}}) {
            ok(post("admin-key", API + "Manufacturer", """
                    { "companyId": "%s", "name": "%s", "role": "%s" }""".formatted((Object[]) company)));
        }
        ok(post("admin-key", API + "Maintainer", "{ \"companyId\": \"quickfit\", \"name\": \"Quickfit\" }"));
        ok(post("admin-key", API + "Regulator", "{ \"companyId\": \"rsa\", \"name\": \"Road Safety Authority\" }"));
        for (String owner : List.of("Olivia", "Sam", "Noah")) {
            ok(post("admin-key", API + "Owner", """
                    { "ownerId": "%s", "name": "%s" }""".formatted(owner.toLowerCase(Locale.ROOT), owner)));
        }
        heightBefore = ok(get("admin-key", "/api/system/ping")).get("height").asLong();
    }

    private static String vin(int number) {
        return "1MW" + String.format("%014d", number);
    }

    private static String vehicle(String vin) {
        return "resource:" + NS + "Vehicle#" + vin;
    }

    private static String part(String serial) {
        return "resource:" + NS + "Part#" + serial;
    }

    /** Submits a transaction of the story, which must commit, and keeps the server's answer under {@code step}. */
    private JsonNode step(String step, String key, String transaction, String json) throws Exception {
        JsonNode result = ok(post(key, API + transaction, json));
        story.put(step, result);
        return result;
    }

    private JsonNode produce(String key, String partType, String batch, String program, String... serials) throws Exception {
        return step("produce " + batch, key, "ProducePartBatch", """
                { "partType": "%s", "batch": "%s", "machineProgram": "%s", "serialNumbers": %s }"""
                .formatted(partType, batch, program, JSON.writeValueAsString(serials)));
    }

    private JsonNode assemble(String vin, String owner, String... serials) throws Exception {
        List<String> parts = Stream.of(serials).map(VehicleProvenanceServeIT::part).toList();
        return step("assemble " + vin, "motorworks-key", "AssembleVehicle", """
                { "vin": "%s", "modelName": "Roadster", "owner": "%s", "parts": %s }"""
                .formatted(vin, owner, JSON.writeValueAsString(parts)));
    }

    private JsonNode replace(String recordId, String vin, String oldSerial, String newSerial) throws Exception {
        return step("replace " + oldSerial, "quickfit-key", "ReplacePart", """
                { "recordId": "%s", "vehicle": "%s", "oldPart": "%s", "newPart": "%s", "notes": "pads worn" }"""
                .formatted(recordId, vehicle(vin), part(oldSerial), part(newSerial)));
    }

    private static String recall(String recallId, String manufacturer, String batch) {
        return """
                { "recallId": "%s", "manufacturer": "%s", "reason": "Brake pads wear through early", "batch": "%s" }"""
                .formatted(recallId, manufacturer, batch);
    }

    private JsonNode read(String key, String type, String id) throws Exception {
        return ok(get(key, API + type + "/" + id));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> ids(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.get(field).asText()).toList();
    }

    private static String who(String resource) {
        return resource.substring("resource:".length());
    }

    // ---- the story --------------------------------------------------------------------------------

    @Test
    @Order(1)
    void aRecallByBatchNamesExactlyTheVehiclesThatCarryOrCarriedThePartsAndClosesPerVehicleAfterReplacement()
            throws Exception {
        JsonNode batch = produce("acme-key", "brake-pad", "B-7", "press-2.1", "P1", "P2", "P3", "P4");
        assertThat(batch.get("events").get(0).get("count").asInt()).isEqualTo(4);
        produce("acme-key", "brake-pad", "B-9", "press-2.2", "S1", "S2", "S3");
        produce("bolt-key", "rotor", "R-1", "lathe-1.0", "R1", "R2", "R3", "R4");
        assemble(V1, OLIVIA, "P1", "R1");
        assemble(V2, SAM, "P2", "R2");
        assemble(V3, NOAH, "P3", "R3");
        JsonNode assembled = assemble(V4, NOAH, "S3", "R4");
        assertThat(assembled.get("events").get(0).get("vehicle").asText()).isEqualTo(vehicle(V4));
        assertThat(read("noah-key", "Vehicle", V4).get("partBatches")).extracting(JsonNode::asText)
                .containsExactly("B-9", "R-1");

        step("transfer", "olivia-key", "TransferVehicle", """
                { "vehicle": "%s", "newOwner": "%s" }""".formatted(vehicle(V1), SAM));
        assertThat(read("sam-key", "Vehicle", V1).get("owner").asText()).isEqualTo(SAM);
        step("inspect", "quickfit-key", "RecordInspection", """
                { "recordId": "MR-1", "vehicle": "%s", "passed": true, "notes": "pads thin" }""".formatted(vehicle(V1)));
        replace("MR-2", V1, "P1", "S1");
        assertThat(read("quickfit-key", "Vehicle", V1).get("parts")).extracting(JsonNode::asText)
                .containsExactly(part("R1"), part("S1"));

        JsonNode recall = step("recall", "rsa-key", "IssueRecall", recall("RC-1", ACME, "B-7"));
        JsonNode issued = recall.get("returnValue");
        assertThat(issued.get("$class").asText()).isEqualTo(NS + "Recall");
        assertThat(texts(issued.get("affectedParts"))).containsExactly(part("P1"), part("P2"), part("P3"), part("P4"));
        assertThat(texts(issued.get("affectedVehicles"))).containsExactly(vehicle(V2), vehicle(V3));
        assertThat(texts(issued.get("formerVehicles"))).containsExactly(vehicle(V1));
        JsonNode event = recall.get("events").get(0);
        assertThat(event.get("$class").asText()).isEqualTo(NS + "RecallIssued");
        assertThat(event.get("recall").asText()).isEqualTo("resource:" + NS + "Recall#RC-1");
        assertThat(event.get("affectedVehicles").asInt()).isEqualTo(2);
        assertThat(event.get("formerVehicles").asInt()).isEqualTo(1);
        // Each owner sees the open notices of their own vehicles, and only those.
        assertThat(ids(ok(get("sam-key", API + "RecallNotice")), "noticeId")).containsExactly("RC-1:" + V2);
        assertThat(ids(ok(get("noah-key", API + "RecallNotice")), "noticeId")).containsExactly("RC-1:" + V3);
        assertThat(ok(get("olivia-key", API + "RecallNotice"))).isEmpty();

        replace("MR-3", V2, "P2", "S2");
        JsonNode closed = step("close", "quickfit-key", "CloseRecallNotice", """
                { "notice": "resource:%sRecallNotice#RC-1:%s" }""".formatted(NS, V2));
        assertThat(closed.get("events").get(0).get("vehicle").asText()).isEqualTo(vehicle(V2));
        JsonNode notice = read("sam-key", "RecallNotice", "RC-1:" + V2);
        assertThat(notice.get("status").asText()).isEqualTo("CLOSED");
        assertThat(notice.get("closedAt").asText()).isNotBlank();
        // Noah's vehicle still carries P3: its notice stays open.
        assertProblem(post("quickfit-key", API + "CloseRecallNotice", """
                { "notice": "resource:%sRecallNotice#RC-1:%s" }""".formatted(NS, V3)), 422,
                "Vehicle " + V3 + " still carries recalled part P3");
        assertThat(read("noah-key", "RecallNotice", "RC-1:" + V3).get("status").asText()).isEqualTo("OPEN");
        // A recalled part in stock cannot go into a vehicle.
        assertProblem(post("motorworks-key", API + "AssembleVehicle", """
                { "vin": "%s", "modelName": "Roadster", "owner": "%s", "parts": ["%s"] }"""
                .formatted(vin(5), NOAH, part("P4"))), 422, "Part P4 is recalled");
    }

    @Test
    @Order(2)
    @Timeout(300)
    void theStorysEventsArriveOverServerSentEventsInCommitOrder() throws Exception {
        HttpResponse<Stream<String>> stream = http.send(request("admin-key", "/api/system/events?from=" + (heightBefore + 1))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try {
                stream.body().forEach(lines::add);
            } catch (UncheckedIOException closedByTheTest) {
                // the test has read what it needs
            }
        });
        reader.setDaemon(true);
        reader.start();
        List<JsonNode> events = new ArrayList<>();
        while (events.size() < story.size()) {
            String line = lines.poll(60, TimeUnit.SECONDS);
            assertThat(line).as("an event line within a minute; events so far: %s", events).isNotNull();
            if (line.startsWith("data:")) {
                events.add(JSON.readTree(line.substring(5)));
            }
        }
        stream.body().close();

        assertThat(events).extracting(e -> e.get("$class").asText().substring(NS.length())).containsExactly(
                "PartBatchProduced", "PartBatchProduced", "PartBatchProduced", "VehicleAssembled", "VehicleAssembled",
                "VehicleAssembled", "VehicleAssembled", "VehicleTransferred", "InspectionRecorded", "PartReplaced",
                "RecallIssued", "PartReplaced", "RecallNoticeClosed");
        // Each is the event its transaction's answer listed.
        List<JsonNode> answered = story.values().stream().map(result -> result.get("events").get(0)).toList();
        assertThat(events).isEqualTo(answered);
        JsonNode transferred = events.get(7);
        assertThat(transferred.get("previousOwner").asText()).isEqualTo(OLIVIA);
        assertThat(transferred.get("newOwner").asText()).isEqualTo(SAM);
    }

    // ---- refusals ---------------------------------------------------------------------------------

    @Test
    @Order(3)
    void onlyTheRegulatorIssuesRecallsAndOwnersSeeOnlyTheirOwnVehicles() throws Exception {
        Response byASupplier = post("acme-key", API + "IssueRecall", recall("RC-ACME", ACME, "B-9"));
        String id = byASupplier.body().path("transactionId").asText();
        assertProblem(byASupplier, 403, "Participant '" + who(ACME) + "' does not have 'CREATE' access to resource '"
                + NS + "IssueRecall#" + id + "'");
        assertThat(get("rsa-key", "/api/system/historian/" + id).status()).isEqualTo(404);
        assertThat(get("rsa-key", API + "Recall/RC-ACME").status()).isEqualTo(404);

        assertProblem(get("noah-key", API + "Vehicle/" + V2), 403, "Participant '" + who(NOAH)
                + "' does not have 'READ' access to resource '" + NS + "Vehicle#" + V2 + "'");
        // Olivia sold vehicle 1: it is Sam's to see now.
        assertProblem(get("olivia-key", API + "Vehicle/" + V1), 403, "Participant '" + who(OLIVIA)
                + "' does not have 'READ' access to resource '" + NS + "Vehicle#" + V1 + "'");
        assertThat(ids(ok(get("sam-key", API + "Vehicle")), "vin")).containsExactly(V1, V2);
        assertThat(ok(get("olivia-key", API + "Vehicle"))).isEmpty();
        // A supplier sees its own parts wherever they went, and no one else's.
        assertThat(ids(ok(get("bolt-key", API + "Part")), "serialNumber")).containsExactly("R1", "R2", "R3", "R4");
        assertProblem(get("bolt-key", API + "Part/P1"), 403, "Participant '" + who(BOLT)
                + "' does not have 'READ' access to resource '" + NS + "Part#P1'");
        // Nor can another owner touch it in a transaction: the rules refuse the read before the logic runs.
        Response transfer = post("noah-key", API + "TransferVehicle", """
                { "vehicle": "%s", "newOwner": "%s" }""".formatted(vehicle(V2), NOAH));
        assertProblem(transfer, 403, "Participant '" + who(NOAH) + "' does not have 'READ' access to resource '" + NS
                + "Vehicle#" + V2 + "'");
        assertThat(get("rsa-key", "/api/system/historian/" + transfer.body().get("transactionId").asText()).status())
                .isEqualTo(404);
        assertThat(read("sam-key", "Vehicle", V2).get("owner").asText()).isEqualTo(SAM);
    }

    @Test
    @Order(4)
    void invalidRequestsAre400NamingTheField() throws Exception {
        Response noBatch = post("acme-key", API + "ProducePartBatch", """
                { "partType": "brake-pad", "machineProgram": "press-2.1", "serialNumbers": ["X1"] }""");
        assertProblem(noBatch, 400, "Instance " + NS + "ProducePartBatch#" + noBatch.body().get("transactionId").asText()
                + " missing required field batch");
        assertThat(noBatch.body().get("field").asText()).isEqualTo("batch");

        ok(post("acme-key", API + "ProducePartBatch", """
                { "partType": "brake-pad", "batch": "B-10", "machineProgram": "press-2.2", "serialNumbers": ["S4"] }"""));
        Response badVin = post("motorworks-key", API + "AssembleVehicle", """
                { "vin": "NOT-A-VIN", "modelName": "Roadster", "owner": "%s", "parts": ["%s"] }"""
                .formatted(NOAH, part("S4")));
        assertThat(badVin.status()).as(badVin.raw().body()).isEqualTo(400);
        assertThat(badVin.body().get("detail").asText()).contains("NOT-A-VIN", "vin");
        assertThat(badVin.body().get("field").asText()).isEqualTo("vin");
        assertThat(get("rsa-key", API + "Vehicle/NOT-A-VIN").status()).isEqualTo(404);
    }

    // ---- provenance -------------------------------------------------------------------------------

    @Test
    @Order(5)
    void theFullProvenanceOfAPartComesFromItsHistoryAndEachVersionIsTheHistoriansRecordOfItsTransaction()
            throws Exception {
        // The supplier reads its pad's history although the pad has left every vehicle.
        JsonNode history = ok(get("acme-key", API + "Part/P1/history"));
        assertThat(ids(history, "transactionId")).containsExactly(txOf("produce B-7"), txOf("assemble " + V1),
                txOf("replace P1"), txOf("recall"));

        JsonNode made = history.get(0).get("value");
        Provenance provenance = new Provenance(made.get("manufacturer").asText(), Instant.parse(made.get("producedAt")
                .asText()), made.get("batch").asText(), made.get("machineProgram").asText(), new ArrayList<>(),
                new ArrayList<>());
        String carrier = null;
        Instant installedAt = null;
        for (JsonNode version : history) {
            String vehicle = version.get("value").path("vehicle").asText(null);
            Instant at = Instant.parse(version.get("timestamp").asText());
            if (vehicle != null && !vehicle.equals(carrier)) {
                carrier = vehicle;
                installedAt = at;
            } else if (vehicle == null && carrier != null) {
                provenance.maintenance().addAll(visits(carrier, installedAt, at));
                provenance.vehicles().add(carrier);
                carrier = null;
            }
        }
        if (carrier != null) {
            provenance.maintenance().addAll(visits(carrier, installedAt, Instant.MAX));
            provenance.vehicles().add(carrier);
        }
        JsonNode now = history.get(history.size() - 1).get("value");
        assertThat(provenance).isEqualTo(new Provenance(ACME, Instant.parse(historian(txOf("produce B-7"))
                .get("transactionTimestamp").asText()), "B-7", "press-2.1", List.of(vehicle(V1)), List.of("MR-1", "MR-2")));
        assertThat(texts(now.get("formerVehicles"))).isEqualTo(provenance.vehicles());
        assertThat(now.get("status").asText()).isEqualTo("REMOVED");
        assertThat(texts(now.get("recalls"))).containsExactly("resource:" + NS + "Recall#RC-1");
        JsonNode replacement = read("rsa-key", "MaintenanceRecord", "MR-2");
        assertThat(replacement.get("kind").asText()).isEqualTo("PART_REPLACEMENT");
        assertThat(replacement.get("removedPart").asText()).isEqualTo(part("P1"));
        assertThat(replacement.get("installedPart").asText()).isEqualTo(part("S1"));
        assertThat(read("rsa-key", "MaintenanceRecord", "MR-1").get("kind").asText()).isEqualTo("INSPECTION");

        // Every version is the work of the transaction the historian records, by the participant the story used.
        Map<String, String> submitters = Map.of(txOf("produce B-7"), ACME, txOf("assemble " + V1), MOTORWORKS,
                txOf("replace P1"), QUICKFIT, txOf("recall"), RSA);
        for (JsonNode version : history) {
            JsonNode record = historian(version.get("transactionId").asText());
            assertThat(record.get("transactionType").asText()).isEqualTo(version.get("transactionType").asText());
            assertThat(Instant.parse(record.get("transactionTimestamp").asText()))
                    .isEqualTo(Instant.parse(version.get("timestamp").asText()));
            assertThat(record.get("participantInvoking").asText())
                    .isEqualTo(submitters.get(version.get("transactionId").asText()));
        }

        // And the ledger agrees: the node serve runs holds each of those transactions, committed in a block, with
        // the payload its submitter signed, in the order the history gives (read as the administrator: the chain is
        // served to the network's members only).
        NetworkReader node = new NetworkReader(new LedgerClient(URI.create(nodeUrl)),
                Card.read(data().resolve("cards/admin@vehicle-provenance.card")));
        long previousBlock = 0;
        for (JsonNode version : history) {
            JsonNode onLedger = node.status(version.get("transactionId").asText()).orElseThrow();
            assertThat(onLedger.get("status").asText()).as(onLedger.toString()).isEqualTo("committed");
            assertThat(onLedger.get("payload").get("$class").asText()).isEqualTo(version.get("transactionType").asText());
            assertThat(onLedger.get("block").asLong()).isGreaterThan(previousBlock);
            previousBlock = onLedger.get("block").asLong();
        }
        assertThat(ids(ok(get("rsa-key", API + "MaintenanceRecord/MR-2/history")), "transactionId"))
                .containsExactly(txOf("replace P1"));

        // Sam, who owns vehicle 1 now, sees the pad in it but not the one Quickfit took out.
        assertThat(read("sam-key", "Part", "S1").get("vehicle").asText()).isEqualTo(vehicle(V1));
        assertThat(get("sam-key", API + "Part/P1").status()).isEqualTo(403);
    }

    /** Who made a part, when, in which batch with which machine program, the vehicles it was in and their visits. */
    record Provenance(String manufacturer, Instant producedAt, String batch, String machineProgram, List<String> vehicles,
                      List<String> maintenance) {
    }

    /** The maintenance records of a vehicle between two instants (both included), oldest first. */
    private List<String> visits(String vehicle, Instant from, Instant to) throws Exception {
        List<String> visits = new ArrayList<>();
        for (JsonNode record : ok(get("rsa-key", API + "MaintenanceRecord?order=performedAt"))) {
            Instant at = Instant.parse(record.get("performedAt").asText());
            if (record.get("vehicle").asText().equals(vehicle) && !at.isBefore(from) && !at.isAfter(to)) {
                visits.add(record.get("recordId").asText());
            }
        }
        return visits;
    }

    private String txOf(String step) {
        return story.get(step).get("transactionId").asText();
    }

    private JsonNode historian(String transactionId) throws Exception {
        return ok(get("rsa-key", "/api/system/historian/" + transactionId));
    }

    // ---- the ledger -------------------------------------------------------------------------------

    @Test
    @Order(6)
    void theChainTheServerWroteHoldsWhenVerified() throws Exception {
        stop();
        NodeProcess.Run verify = NodeProcess.charter("ledger", "verify", "--data", data().toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains("blocks hold");
    }
}
