package dev.charter.examples.provenance;

import static dev.charter.examples.provenance.ProvenanceNetwork.ACME;
import static dev.charter.examples.provenance.ProvenanceNetwork.AUTHORITY;
import static dev.charter.examples.provenance.ProvenanceNetwork.MOTORWORKS;
import static dev.charter.examples.provenance.ProvenanceNetwork.OLIVIA;
import static dev.charter.examples.provenance.ProvenanceNetwork.SAM;
import static dev.charter.examples.provenance.ProvenanceNetwork.part;
import static dev.charter.examples.provenance.ProvenanceNetwork.texts;
import static dev.charter.examples.provenance.ProvenanceNetwork.vehicle;
import static dev.charter.examples.provenance.ProvenanceNetwork.vin;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.contract.TransactionOutcome;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PartsAndAssemblyTest {

    private final ProvenanceNetwork network = new ProvenanceNetwork();

    @AfterEach
    void close() {
        network.close();
    }

    @Test
    void producingABatchRecordsWhoMadeEachPartWhenAndWithWhichProgram() {
        TransactionOutcome outcome = network.produce(ACME, "brake-pad", "B-7", "press-2.1", List.of("P1", "P2"));

        JsonNode p1 = network.resource("Part", "P1");
        assertThat(p1.get("manufacturer").asText()).isEqualTo(ACME);
        assertThat(p1.get("batch").asText()).isEqualTo("B-7");
        assertThat(p1.get("machineProgram").asText()).isEqualTo("press-2.1");
        assertThat(p1.get("status").asText()).isEqualTo("IN_STOCK");
        assertThat(p1.get("producedAt").asText()).isEqualTo(network.embedded().historian(outcome.transactionId())
                .orElseThrow().get("transactionTimestamp").asText());
        assertThat(p1.has("vehicle")).isFalse();
        assertThat(network.exists("Part", "P2")).isTrue();

        JsonNode event = network.onlyEvent(outcome);
        assertThat(event.get("$class").asText()).isEqualTo("org.example.provenance.PartBatchProduced");
        assertThat(event.get("count").asInt()).isEqualTo(2);
    }

    @Test
    void onlyManufacturersProduceParts() {
        network.assertMaySubmitNot(() -> network.produce(OLIVIA, "brake-pad", "B-7", "press-2.1", List.of("P1")),
                OLIVIA, "ProducePartBatch");
    }

    @Test
    void aSerialNumberIsUsedOnceAndARefusedBatchLeavesNoPart() {
        network.produce(ACME, "brake-pad", "B-7", "press-2.1", List.of("P1")).orThrow();
        network.assertRefused(() -> network.produce(ACME, "brake-pad", "B-8", "press-2.1", List.of("P2", "P1")),
                "Object with ID 'P1' in collection with ID 'Asset:org.example.provenance.Part' already exists");
        assertThat(network.exists("Part", "P2")).isFalse();
    }

    @Test
    void assemblingInstallsThePartsAndListsTheirBatches() {
        network.produce(ACME, "brake-pad", "B-7", "press-2.1", List.of("P1", "P2")).orThrow();
        network.produce(ACME, "rotor", "R-1", "lathe-1.0", List.of("R1")).orThrow();

        TransactionOutcome outcome = network.assemble(MOTORWORKS, vin(1), OLIVIA, List.of("P1", "P2", "R1"));

        JsonNode car = network.resource("Vehicle", vin(1));
        assertThat(car.get("maker").asText()).isEqualTo(MOTORWORKS);
        assertThat(car.get("owner").asText()).isEqualTo(OLIVIA);
        assertThat(texts(car, "parts")).containsExactly(part("P1"), part("P2"), part("R1"));
        assertThat(texts(car, "partBatches")).containsExactly("B-7", "R-1");
        for (String serial : List.of("P1", "P2", "R1")) {
            JsonNode installed = network.resource("Part", serial);
            assertThat(installed.get("status").asText()).isEqualTo("INSTALLED");
            assertThat(installed.get("vehicle").asText()).isEqualTo(vehicle(vin(1)));
        }
        assertThat(network.onlyEvent(outcome).get("vehicle").asText()).isEqualTo(vehicle(vin(1)));
    }

    @Test
    void aPartGoesIntoOneVehicleOnly() {
        network.produce(ACME, "brake-pad", "B-7", "press-2.1", List.of("P1", "P2")).orThrow();
        network.assemble(MOTORWORKS, vin(1), OLIVIA, List.of("P1")).orThrow();
        network.assertRefused(() -> network.assemble(MOTORWORKS, vin(2), SAM, List.of("P2", "P1")),
                "Part P1 is not in stock");
        assertThat(network.resource("Part", "P2").get("status").asText()).isEqualTo("IN_STOCK");
    }

    @Test
    void onlyVehicleMakersAssembleVehicles() {
        network.produce(ACME, "brake-pad", "B-7", "press-2.1", List.of("P1")).orThrow();
        network.assertRefused(() -> network.assemble(ACME, vin(1), OLIVIA, List.of("P1")),
                "Only vehicle makers assemble vehicles; Acme Brakes supplies parts");
        network.assertMaySubmitNot(() -> network.assemble(AUTHORITY, vin(1), OLIVIA, List.of("P1")),
                AUTHORITY, "AssembleVehicle");
    }

    @Test
    void aVinMustBeSeventeenCharactersWithoutIOrQ() {
        network.produce(ACME, "brake-pad", "B-7", "press-2.1", List.of("P1")).orThrow();
        network.assertRefused(() -> network.assemble(MOTORWORKS, "1MWQ0000000000001", OLIVIA, List.of("P1")),
                "Instance org.example.provenance.Vehicle#1MWQ0000000000001 field vin has value \"1MWQ0000000000001\""
                        + " which failed to match validation regex: /^[A-HJ-NPR-Z0-9]{17}$/");
    }

    @Test
    void theOwnerTransfersTheVehicle() {
        network.produce(ACME, "brake-pad", "B-7", "press-2.1", List.of("P1")).orThrow();
        network.assemble(MOTORWORKS, vin(1), OLIVIA, List.of("P1")).orThrow();

        JsonNode event = network.onlyEvent(network.transfer(OLIVIA, vin(1), SAM));

        assertThat(network.resource("Vehicle", vin(1)).get("owner").asText()).isEqualTo(SAM);
        assertThat(event.get("previousOwner").asText()).isEqualTo(OLIVIA);
        assertThat(event.get("newOwner").asText()).isEqualTo(SAM);
    }

    @Test
    void onlyTheOwnerTransfersTheVehicle() {
        network.produce(ACME, "brake-pad", "B-7", "press-2.1", List.of("P1")).orThrow();
        network.assemble(MOTORWORKS, vin(1), OLIVIA, List.of("P1")).orThrow();
        network.assertRefused(() -> network.transfer(SAM, vin(1), SAM),
                ProvenanceNetwork.noAccess(SAM, "READ", "Vehicle#" + vin(1)));
        network.assertRefused(() -> network.transfer(OLIVIA, vin(1), OLIVIA),
                "Vehicle " + vin(1) + " already belongs to Olivia");
    }
}
