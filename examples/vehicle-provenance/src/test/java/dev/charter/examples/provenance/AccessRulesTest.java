package dev.charter.examples.provenance;

import static dev.charter.examples.provenance.ProvenanceNetwork.ACME;
import static dev.charter.examples.provenance.ProvenanceNetwork.AUTHORITY;
import static dev.charter.examples.provenance.ProvenanceNetwork.BOLT;
import static dev.charter.examples.provenance.ProvenanceNetwork.MOTORWORKS;
import static dev.charter.examples.provenance.ProvenanceNetwork.OLIVIA;
import static dev.charter.examples.provenance.ProvenanceNetwork.QUICKFIT;
import static dev.charter.examples.provenance.ProvenanceNetwork.SAM;
import static dev.charter.examples.provenance.ProvenanceNetwork.noAccess;
import static dev.charter.examples.provenance.ProvenanceNetwork.vin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.runtime.access.AccessDeniedException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The network's permissions.acl at work. Olivia's car has Acme pads P1 and P2 and a Bolt rotor R1;
 * Sam's car has Acme pad P3 of the same batch, which Quickfit replaced with Acme pad S1 of another batch;
 * spare S2 is in stock.
 */
class AccessRulesTest {

    private static final String SECOND_WORKSHOP = "resource:org.example.provenance.Maintainer#fixit";

    private final ProvenanceNetwork network = new ProvenanceNetwork();

    @BeforeEach
    void twoCars() {
        network.produce(ACME, "brake-pad", "B-7", "press-2.1", List.of("P1", "P2", "P3")).orThrow();
        network.produce(ACME, "brake-pad", "B-9", "press-2.2", List.of("S1", "S2")).orThrow();
        network.produce(BOLT, "rotor", "R-1", "lathe-1.0", List.of("R1")).orThrow();
        network.assemble(MOTORWORKS, vin(1), OLIVIA, List.of("P1", "P2", "R1")).orThrow();
        network.assemble(MOTORWORKS, vin(2), SAM, List.of("P3")).orThrow();
        network.replace(QUICKFIT, "M1", vin(2), "P3", "S1").orThrow();
    }

    @AfterEach
    void close() {
        network.close();
    }

    @Test
    void suppliersSeeTheirOwnPartsWhereverTheyWentAndNoOneElses() {
        assertThat(network.visibleTo(ACME, "Part")).containsExactly("P1", "P2", "P3", "S1", "S2");
        assertThat(network.visibleTo(BOLT, "Part")).containsExactly("R1");
        assertThat(network.readAs(ACME, "Part", "P3").get("status").asText()).isEqualTo("REMOVED");
        assertThatThrownBy(() -> network.readAs(BOLT, "Part", "P1"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage(noAccess(BOLT, "READ", "Part#P1"));
        assertThat(network.visibleTo(BOLT, "Vehicle")).isEmpty();
    }

    @Test
    void ownersSeeTheirVehiclesAndTheProvenanceOfTheirParts() {
        assertThat(network.visibleTo(OLIVIA, "Vehicle")).containsExactly(vin(1));
        assertThat(network.visibleTo(SAM, "Vehicle")).containsExactly(vin(2));
        assertThat(network.visibleTo(OLIVIA, "Part")).containsExactly("P1", "P2", "R1");
        assertThat(network.visibleTo(SAM, "Part")).containsExactly("S1");
        assertThat(network.readAs(OLIVIA, "Part", "R1").get("machineProgram").asText()).isEqualTo("lathe-1.0");
        assertThat(network.visibleTo(SAM, "MaintenanceRecord")).containsExactly("M1");
        assertThat(network.visibleTo(OLIVIA, "MaintenanceRecord")).isEmpty();
        assertThatThrownBy(() -> network.readAs(OLIVIA, "Vehicle", vin(2)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage(noAccess(OLIVIA, "READ", "Vehicle#" + vin(2)));
    }

    @Test
    void aSoldVehicleAndItsPartsAreSeenByTheNewOwnerOnly() {
        network.transfer(OLIVIA, vin(1), SAM).orThrow();

        assertThat(network.visibleTo(OLIVIA, "Vehicle")).isEmpty();
        assertThat(network.visibleTo(OLIVIA, "Part")).isEmpty();
        assertThat(network.visibleTo(SAM, "Vehicle")).containsExactly(vin(1), vin(2));
    }

    @Test
    void workshopsSeeTheVehiclesTheyServicedAndTheirHistory() {
        network.addMaintainer("fixit", "Fixit");
        network.inspect(SECOND_WORKSHOP, "M2", vin(1), true).orThrow();

        assertThat(network.visibleTo(QUICKFIT, "Vehicle")).containsExactly(vin(2));
        assertThat(network.visibleTo(SECOND_WORKSHOP, "Vehicle")).containsExactly(vin(1));
        assertThat(network.visibleTo(QUICKFIT, "Part")).containsExactly("S1");
        assertThat(network.visibleTo(QUICKFIT, "MaintenanceRecord")).containsExactly("M1");
        assertThat(network.visibleTo(SECOND_WORKSHOP, "MaintenanceRecord")).containsExactly("M2");
    }

    @Test
    void theAdministratorKeepsTheDirectoryOfCompaniesAndOwnersAndTouchesNothingElse() {
        network.registryChangeAsAdmin("AddParticipant", "Maintainer", """
                { "$class": "org.example.provenance.Maintainer", "companyId": "fixit", "name": "Fixit" }""").orThrow();
        network.registryChangeAsAdmin("AddParticipant", "Owner", """
                { "$class": "org.example.provenance.Owner", "ownerId": "noah", "name": "Noah" }""").orThrow();
        network.registryChangeAsAdmin("UpdateParticipant", "Owner", """
                { "$class": "org.example.provenance.Owner", "ownerId": "noah", "name": "Noah Smith" }""").orThrow();
        assertThat(network.resource("Maintainer", "fixit").get("name").asText()).isEqualTo("Fixit");
        assertThat(network.resource("Owner", "noah").get("name").asText()).isEqualTo("Noah Smith");

        // parts, vehicles, records and recalls come only from the network's transactions
        for (String systemTransaction : List.of("AddAsset", "UpdateAsset")) {
            network.assertRefused(() -> network.registryChangeAsAdmin(systemTransaction, "Part", """
                    { "$class": "org.example.provenance.Part", "serialNumber": "P3", "partType": "brake-pad",
                      "manufacturer": "%s", "producedAt": "2026-01-01T00:00:00.000Z", "batch": "B-9",
                      "machineProgram": "press-2.2", "formerVehicles": [], "recalls": [] }""".formatted(ACME)),
                    id -> "The network administrator does not have 'CREATE' access to resource "
                            + "'org.hyperledger.composer.system." + systemTransaction + "#" + id + "'");
        }
        assertThatThrownBy(() -> network.readAs(null, "Vehicle", vin(1)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("The network administrator does not have 'READ' access to resource "
                        + "'org.example.provenance.Vehicle#" + vin(1) + "'");
    }

    @Test
    void theRegulatorReadsEverything() {
        assertThat(network.visibleTo(AUTHORITY, "Vehicle")).containsExactly(vin(1), vin(2));
        assertThat(network.visibleTo(AUTHORITY, "Part")).containsExactly("P1", "P2", "P3", "R1", "S1", "S2");
        assertThat(network.visibleTo(AUTHORITY, "MaintenanceRecord")).containsExactly("M1");
    }

    @Test
    void onlyTheRegulatorIssuesRecalls() {
        for (String participant : List.of(ACME, MOTORWORKS, QUICKFIT, OLIVIA)) {
            network.assertMaySubmitNot(() -> network.recallBatch(participant, "RC-1", ACME, "B-7"), participant,
                    "IssueRecall");
        }
        network.recallBatch(AUTHORITY, "RC-1", ACME, "B-7").orThrow();
    }

    @Test
    void ownersSeeTheRecallNoticesOfTheirVehiclesAndRecallsArePublic() {
        network.recallBatch(AUTHORITY, "RC-1", ACME, "B-7").orThrow();

        assertThat(network.visibleTo(OLIVIA, "RecallNotice")).containsExactly("RC-1:" + vin(1));
        assertThat(network.visibleTo(SAM, "RecallNotice")).isEmpty();
        assertThat(network.visibleTo(BOLT, "Recall")).containsExactly("RC-1");
    }

    @Test
    void makersSeeTheVehiclesTheyMadeButNotThePartsOutsideAssembly() {
        assertThat(network.visibleTo(MOTORWORKS, "Vehicle")).containsExactly(vin(1), vin(2));
        assertThat(network.visibleTo(MOTORWORKS, "Part")).isEmpty();
        assertThatThrownBy(() -> network.readAs(MOTORWORKS, "Part", "S2"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage(noAccess(MOTORWORKS, "READ", "Part#S2"));
    }

    @Test
    void aWorkshopCannotTouchAVehicleOutsideTheTransactionItIsServicing() {
        network.addMaintainer("fixit", "Fixit");
        assertThatThrownBy(() -> network.readAs(SECOND_WORKSHOP, "Vehicle", vin(2)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage(noAccess(SECOND_WORKSHOP, "READ", "Vehicle#" + vin(2)));
        // inside a replacement it may read and update exactly the vehicle and parts it names
        network.replace(SECOND_WORKSHOP, "M2", vin(2), "S1", "S2").orThrow();
        assertThat(network.visibleTo(SECOND_WORKSHOP, "Vehicle")).containsExactly(vin(2));
    }
}
