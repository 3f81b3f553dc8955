package dev.charter.examples.provenance;

import static dev.charter.examples.provenance.ProvenanceNetwork.ACME;
import static dev.charter.examples.provenance.ProvenanceNetwork.MOTORWORKS;
import static dev.charter.examples.provenance.ProvenanceNetwork.OLIVIA;
import static dev.charter.examples.provenance.ProvenanceNetwork.QUICKFIT;
import static dev.charter.examples.provenance.ProvenanceNetwork.part;
import static dev.charter.examples.provenance.ProvenanceNetwork.texts;
import static dev.charter.examples.provenance.ProvenanceNetwork.vehicle;
import static dev.charter.examples.provenance.ProvenanceNetwork.vin;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MaintenanceTest {

    private final ProvenanceNetwork network = new ProvenanceNetwork();

    @BeforeEach
    void aCarWithTwoPadsAndSpares() {
        network.produce(ACME, "brake-pad", "B-7", "press-2.1", List.of("P1", "P2")).orThrow();
        network.produce(ACME, "brake-pad", "B-9", "press-2.2", List.of("S1", "S2")).orThrow();
        network.produce(ACME, "rotor", "R-1", "lathe-1.0", List.of("R1")).orThrow();
        network.assemble(MOTORWORKS, vin(1), OLIVIA, List.of("P1", "P2")).orThrow();
    }

    @AfterEach
    void close() {
        network.close();
    }

    @Test
    void aReplacedPartLeavesTheVehicleWithItsHistoryIntact() {
        JsonNode event = network.onlyEvent(network.replace(QUICKFIT, "M1", vin(1), "P1", "S1"));

        JsonNode removed = network.resource("Part", "P1");
        assertThat(removed.get("status").asText()).isEqualTo("REMOVED");
        assertThat(removed.has("vehicle")).isFalse();
        assertThat(texts(removed, "formerVehicles")).containsExactly(vehicle(vin(1)));
        assertThat(removed.get("batch").asText()).isEqualTo("B-7");

        JsonNode installed = network.resource("Part", "S1");
        assertThat(installed.get("status").asText()).isEqualTo("INSTALLED");
        assertThat(installed.get("vehicle").asText()).isEqualTo(vehicle(vin(1)));

        JsonNode car = network.resource("Vehicle", vin(1));
        assertThat(texts(car, "parts")).containsExactly(part("P2"), part("S1"));
        assertThat(texts(car, "partBatches")).containsExactly("B-7", "B-9");
        assertThat(texts(car, "servicedBy")).containsExactly(QUICKFIT);

        JsonNode record = network.resource("MaintenanceRecord", "M1");
        assertThat(record.get("kind").asText()).isEqualTo("PART_REPLACEMENT");
        assertThat(record.get("removedPart").asText()).isEqualTo(part("P1"));
        assertThat(record.get("installedPart").asText()).isEqualTo(part("S1"));
        assertThat(record.get("maintainer").asText()).isEqualTo(QUICKFIT);
        assertThat(event.get("oldPart").asText()).isEqualTo(part("P1"));

        // the part's own history keeps the vehicle it was installed in
        List<String> versions = network.embedded().store()
                .history(dev.charter.runtime.state.StateKeys.resource("org.example.provenance.Part", "P1")).stream()
                .map(v -> new String(v.value(), java.nio.charset.StandardCharsets.UTF_8)).toList();
        assertThat(versions).hasSize(3);
        assertThat(versions.get(1)).contains("\"status\":\"INSTALLED\"", "\"vehicle\":\"" + vehicle(vin(1)) + "\"");
    }

    @Test
    void onlyAPartOfTheVehicleCanBeReplacedAndOnlyByOneOfTheSameType() {
        network.assertRefused(() -> network.replace(QUICKFIT, "M1", vin(1), "S2", "S1"),
                "Part S2 is not in vehicle " + vin(1));
        network.assertRefused(() -> network.replace(QUICKFIT, "M1", vin(1), "P1", "R1"),
                "Part R1 is a rotor, not a brake-pad");
        network.assertRefused(() -> network.replace(QUICKFIT, "M1", vin(1), "P1", "P2"),
                "Part P2 is not in stock");
    }

    @Test
    void onlyWorkshopsReplacePartsAndRecordInspections() {
        network.assertMaySubmitNot(() -> network.replace(OLIVIA, "M1", vin(1), "P1", "S1"), OLIVIA, "ReplacePart");
        network.assertMaySubmitNot(() -> network.inspect(MOTORWORKS, "M1", vin(1), true), MOTORWORKS, "RecordInspection");
    }

    @Test
    void anInspectionIsRecordedWithItsVerdict() {
        JsonNode event = network.onlyEvent(network.inspect(QUICKFIT, "M1", vin(1), false));

        JsonNode record = network.resource("MaintenanceRecord", "M1");
        assertThat(record.get("kind").asText()).isEqualTo("INSPECTION");
        assertThat(record.get("passed").asBoolean()).isFalse();
        assertThat(event.get("passed").asBoolean()).isFalse();
        assertThat(texts(network.resource("Vehicle", vin(1)), "servicedBy")).containsExactly(QUICKFIT);
    }

    @Test
    void aWorkshopIsListedOnceHoweverOftenItServicesTheVehicle() {
        network.inspect(QUICKFIT, "M1", vin(1), true).orThrow();
        network.replace(QUICKFIT, "M2", vin(1), "P1", "S1").orThrow();
        assertThat(texts(network.resource("Vehicle", vin(1)), "servicedBy")).containsExactly(QUICKFIT);
    }
}
