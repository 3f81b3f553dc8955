package dev.charter.examples.provenance;

import static dev.charter.examples.provenance.ProvenanceNetwork.ACME;
import static dev.charter.examples.provenance.ProvenanceNetwork.AUTHORITY;
import static dev.charter.examples.provenance.ProvenanceNetwork.MOTORWORKS;
import static dev.charter.examples.provenance.ProvenanceNetwork.OLIVIA;
import static dev.charter.examples.provenance.ProvenanceNetwork.QUICKFIT;
import static dev.charter.examples.provenance.ProvenanceNetwork.SAM;
import static dev.charter.examples.provenance.ProvenanceNetwork.ids;
import static dev.charter.examples.provenance.ProvenanceNetwork.vehicle;
import static dev.charter.examples.provenance.ProvenanceNetwork.vin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.runtime.query.QueryResult;
import dev.charter.runtime.resource.Resource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The network's named queries, run as its participants would run them: each sees only what the
 * access rules let it read. Olivia's car carries pads P1 and P2 of batch B-7; Sam's carried P3 of
 * B-7 until Quickfit replaced it with S1 of B-9, after inspecting it.
 */
class QueriesTest {

    private final ProvenanceNetwork network = new ProvenanceNetwork();

    @BeforeEach
    void twoCars() {
        network.produce(ACME, "brake-pad", "B-7", "press-2.1", List.of("P1", "P2", "P3")).orThrow();
        network.produce(ACME, "brake-pad", "B-9", "press-2.2", List.of("S1", "S2")).orThrow();
        network.assemble(MOTORWORKS, vin(1), OLIVIA, List.of("P1", "P2")).orThrow();
        network.assemble(MOTORWORKS, vin(2), SAM, List.of("P3")).orThrow();
        network.inspect(QUICKFIT, "M1", vin(2), false).orThrow();
        network.replace(QUICKFIT, "M2", vin(2), "P3", "S1").orThrow();
    }

    @AfterEach
    void close() {
        network.close();
    }

    @Test
    void partsOfABatchAreFoundThroughTheirIndexAndShownAsTheRulesAllow() {
        QueryResult<Resource> all = network.query(AUTHORITY, "partsOfBatch", Map.of("manufacturer", ACME, "batch", "B-7"));
        assertThat(ids(all)).containsExactly("P1", "P2", "P3");
        assertThat(all.access()).startsWith("index org.example.provenance.Part/");

        assertThat(ids(network.query(OLIVIA, "partsOfBatch", Map.of("manufacturer", ACME, "batch", "B-7"))))
                .containsExactly("P1", "P2");
        assertThat(ids(network.query(SAM, "partsOfBatch", Map.of("manufacturer", ACME, "batch", "B-7")))).isEmpty();
        assertThat(ids(network.query(AUTHORITY, "partsOfMachineProgram",
                Map.of("manufacturer", ACME, "machineProgram", "press-2.2")))).containsExactly("S1", "S2");
    }

    @Test
    void vehiclesWithAPartBatchAreTheOnesCarryingItNow() {
        assertThat(ids(network.query(AUTHORITY, "vehiclesWithPartBatch", Map.of("batch", "B-7"))))
                .containsExactly(vin(1));
        assertThat(ids(network.query(AUTHORITY, "vehiclesWithPartBatch", Map.of("batch", "B-9"))))
                .containsExactly(vin(2));
    }

    @Test
    void anOwnerFindsTheOpenRecallNoticesOfTheirVehicles() {
        network.recallBatch(AUTHORITY, "RC-1", ACME, "B-7").orThrow();
        network.recallBatch(AUTHORITY, "RC-2", ACME, "B-9").orThrow();

        assertThat(ids(network.query(OLIVIA, "openRecallNoticesOfOwner", Map.of("owner", OLIVIA))))
                .containsExactly("RC-1:" + vin(1));
        assertThat(ids(network.query(SAM, "openRecallNoticesOfOwner", Map.of("owner", SAM))))
                .containsExactly("RC-2:" + vin(2));
        // another owner's notices stay hidden even when asked for by name
        assertThat(ids(network.query(SAM, "openRecallNoticesOfOwner", Map.of("owner", OLIVIA)))).isEmpty();
    }

    @Test
    void theMaintenanceHistoryOfAVehicleIsInTheOrderOfTheVisits() {
        assertThat(ids(network.query(SAM, "maintenanceHistory", Map.of("vehicle", vehicle(vin(2))))))
                .containsExactly("M1", "M2");
        assertThat(ids(network.query(QUICKFIT, "maintenanceHistory", Map.of("vehicle", vehicle(vin(2))))))
                .containsExactly("M1", "M2");
        assertThat(ids(network.query(OLIVIA, "maintenanceHistory", Map.of("vehicle", vehicle(vin(2)))))).isEmpty();
    }
}
