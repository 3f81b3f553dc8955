package dev.charter.examples.provenance;

import static dev.charter.examples.provenance.ProvenanceNetwork.ACME;
import static dev.charter.examples.provenance.ProvenanceNetwork.AUTHORITY;
import static dev.charter.examples.provenance.ProvenanceNetwork.MOTORWORKS;
import static dev.charter.examples.provenance.ProvenanceNetwork.OLIVIA;
import static dev.charter.examples.provenance.ProvenanceNetwork.QUICKFIT;
import static dev.charter.examples.provenance.ProvenanceNetwork.SAM;
import static dev.charter.examples.provenance.ProvenanceNetwork.part;
import static dev.charter.examples.provenance.ProvenanceNetwork.texts;
import static dev.charter.examples.provenance.ProvenanceNetwork.vehicle;
import static dev.charter.examples.provenance.ProvenanceNetwork.vin;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.contract.TransactionOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecallTest {

    private static final String RECALL = "RC-1";

    private final ProvenanceNetwork network = new ProvenanceNetwork();

    @AfterEach
    void close() {
        network.close();
    }

    /**
     * Olivia's car carries a pad of the faulty batch B-7; Sam's car had one until Quickfit replaced it;
     * a third car has only pads of the good batch B-9.
     */
    private void threeCars() {
        network.produce(ACME, "brake-pad", "B-7", "press-2.1", List.of("P1", "P2", "P3")).orThrow();
        network.produce(ACME, "brake-pad", "B-9", "press-2.2", List.of("G1", "G2", "G3")).orThrow();
        network.assemble(MOTORWORKS, vin(1), OLIVIA, List.of("P1", "P2")).orThrow();
        network.assemble(MOTORWORKS, vin(2), SAM, List.of("P3")).orThrow();
        network.assemble(MOTORWORKS, vin(3), SAM, List.of("G1")).orThrow();
        network.replace(QUICKFIT, "M1", vin(2), "P3", "G2").orThrow();
    }

    @Test
    void aRecallNamesExactlyTheVehiclesThatCarryTheBatchAndThoseThatCarriedIt() {
        threeCars();

        TransactionOutcome outcome = network.recallBatch(AUTHORITY, RECALL, ACME, "B-7");

        JsonNode recall = network.resource("Recall", RECALL);
        assertThat(texts(recall, "affectedParts")).containsExactlyInAnyOrder(part("P1"), part("P2"), part("P3"));
        assertThat(texts(recall, "affectedVehicles")).containsExactly(vehicle(vin(1)));
        assertThat(texts(recall, "formerVehicles")).containsExactly(vehicle(vin(2)));
        for (String serial : List.of("P1", "P2", "P3")) {
            assertThat(texts(network.resource("Part", serial), "recalls")).containsExactly(recallRef());
        }
        assertThat(texts(network.resource("Part", "G1"), "recalls")).isEmpty();

        JsonNode event = network.onlyEvent(outcome);
        assertThat(event.get("affectedVehicles").asInt()).isEqualTo(1);
        assertThat(event.get("formerVehicles").asInt()).isEqualTo(1);
        assertThat(network.embedded().archive().wireFormat().toJson((dev.charter.runtime.resource.Typed) outcome.orThrow().returnValue())
                .get("recallId").asText()).isEqualTo(RECALL);
    }

    @Test
    void theOwnerOfAnAffectedVehicleGetsOneNoticePerVehicle() {
        threeCars();
        network.recallBatch(AUTHORITY, RECALL, ACME, "B-7").orThrow();

        List<JsonNode> notices = network.all("RecallNotice");
        assertThat(notices).hasSize(1);
        JsonNode notice = notices.get(0);
        assertThat(notice.get("noticeId").asText()).isEqualTo(RECALL + ":" + vin(1));
        assertThat(notice.get("owner").asText()).isEqualTo(OLIVIA);
        assertThat(notice.get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void aRecallOfAMachineProgramFindsWhatThatProgramMade() {
        threeCars();
        network.recallProgram(AUTHORITY, RECALL, ACME, "press-2.2").orThrow();

        JsonNode recall = network.resource("Recall", RECALL);
        assertThat(texts(recall, "affectedParts")).containsExactlyInAnyOrder(part("G1"), part("G2"), part("G3"));
        assertThat(texts(recall, "affectedVehicles")).containsExactlyInAnyOrder(vehicle(vin(2)), vehicle(vin(3)));
        assertThat(texts(recall, "formerVehicles")).isEmpty();
    }

    @Test
    void onlyTheRegulatorIssuesRecallsAndARecallMustMatchSomething() {
        threeCars();
        network.assertMaySubmitNot(() -> network.recallBatch(MOTORWORKS, RECALL, ACME, "B-7"), MOTORWORKS, "IssueRecall");
        network.assertRefused(() -> network.recallBatch(AUTHORITY, RECALL, ACME, "B-404"),
                "No part of Acme Brakes matches recall RC-1");
        network.assertRefused(() -> network.embedded().submitAs(AUTHORITY, """
                { "$class": "org.example.provenance.IssueRecall", "recallId": "RC-2", "manufacturer": "%s",
                  "reason": "unspecified" }""".formatted(ACME)),
                "Recall RC-2 must name a batch or a machine program");
    }

    @Test
    void aRecalledPartCannotBeInstalled() {
        threeCars();
        network.recallBatch(AUTHORITY, RECALL, ACME, "B-9").orThrow();
        network.assertRefused(() -> network.replace(QUICKFIT, "M2", vin(1), "P1", "G3"), "Part G3 is recalled");
    }

    @Test
    void aNoticeClosesOnceTheVehicleNoLongerCarriesARecalledPart() {
        threeCars();
        network.recallBatch(AUTHORITY, RECALL, ACME, "B-7").orThrow();
        String notice = RECALL + ":" + vin(1);

        network.assertRefused(() -> network.closeNotice(QUICKFIT, notice),
                "Vehicle " + vin(1) + " still carries recalled part P1");
        network.replace(QUICKFIT, "M2", vin(1), "P1", "G3").orThrow();
        network.assertRefused(() -> network.closeNotice(QUICKFIT, notice),
                "Vehicle " + vin(1) + " still carries recalled part P2");

        network.produce(ACME, "brake-pad", "B-10", "press-2.2", List.of("N1")).orThrow();
        network.replace(QUICKFIT, "M3", vin(1), "P2", "N1").orThrow();
        JsonNode event = network.onlyEvent(network.closeNotice(QUICKFIT, notice));

        JsonNode closed = network.resource("RecallNotice", notice);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.has("closedAt")).isTrue();
        assertThat(event.get("vehicle").asText()).isEqualTo(vehicle(vin(1)));
        network.assertRefused(() -> network.closeNotice(QUICKFIT, notice), "Recall notice " + notice + " is already closed");
    }

    @Test
    void anOpenNoticeFollowsTheVehicleToItsNewOwner() {
        threeCars();
        network.recallBatch(AUTHORITY, RECALL, ACME, "B-7").orThrow();
        network.transfer(OLIVIA, vin(1), SAM).orThrow();
        assertThat(network.resource("RecallNotice", RECALL + ":" + vin(1)).get("owner").asText()).isEqualTo(SAM);
    }

    @Test
    void aRecallOverTenThousandVehiclesNamesExactlyTheAffectedOnes() {
        int vehicles = 10_000;
        // every 10th vehicle gets a pad of the faulty batch; every 100th of those had it replaced
        List<String> faulty = new ArrayList<>();
        List<String> good = new ArrayList<>();
        for (int i = 0; i < vehicles; i++) {
            (i % 10 == 0 ? faulty : good).add("V" + i);
        }
        network.produce(ACME, "brake-pad", "B-7", "press-2.1", faulty).orThrow();
        network.produce(ACME, "brake-pad", "B-9", "press-2.2", good).orThrow();
        network.produce(ACME, "brake-pad", "B-9", "press-2.2",
                IntStream.range(0, vehicles / 100).mapToObj(i -> "S" + i).toList()).orThrow();
        List<String> expected = new ArrayList<>();
        List<String> expectedFormer = new ArrayList<>();
        for (int i = 0; i < vehicles; i++) {
            network.assemble(MOTORWORKS, vin(i), i % 2 == 0 ? OLIVIA : SAM, List.of("V" + i)).orThrow();
            if (i % 1000 == 0) {
                network.replace(QUICKFIT, "M" + i, vin(i), "V" + i, "S" + (i / 1000)).orThrow();
                expectedFormer.add(vehicle(vin(i)));
            } else if (i % 10 == 0) {
                expected.add(vehicle(vin(i)));
            }
        }

        network.recallBatch(AUTHORITY, RECALL, ACME, "B-7").orThrow();

        JsonNode recall = network.resource("Recall", RECALL);
        assertThat(texts(recall, "affectedParts")).hasSize(faulty.size());
        assertThat(texts(recall, "affectedVehicles")).hasSize(990).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(texts(recall, "formerVehicles")).hasSize(10).containsExactlyInAnyOrderElementsOf(expectedFormer);
        assertThat(network.all("RecallNotice")).hasSize(990);
    }

    private static String recallRef() {
        return "resource:org.example.provenance.Recall#" + RECALL;
    }
}
