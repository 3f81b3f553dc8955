package dev.charter.compiler;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.access.AccessDeniedException;
import dev.charter.runtime.context.TransactionContext;
import dev.charter.runtime.contract.TransactionOutcome;
import dev.charter.runtime.json.WireFormat;
import dev.charter.runtime.registry.Registry;
import dev.charter.runtime.resource.Resource;
import dev.charter.runtime.state.StateKeys;
import dev.charter.runtime.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Composer's pii-network sample — its model and access rules loaded unchanged from
 * ../shared/composer-samples — with its processors rewritten in Charter
 * ({@code composer-logic/pii-network/logic/pii.logic}): members keep their personal data private and
 * grant or revoke access to it; the rules' JavaScript condition
 * {@code r.authorized && r.authorized.indexOf(p.getIdentifier()) > -1} is compiled and enforced.
 */
class ComposerPiiNetworkTest {

    private static final String LOGIC = "composer-logic/pii-network/logic/pii.logic";
    private static final String MEMBER = "org.acme.pii.Member";
    private static final String ALICE = "resource:org.acme.pii.Member#alice@example.com";
    private static final String BOB = "resource:org.acme.pii.Member#bob@example.com";

    @TempDir
    Path dir;

    private EmbeddedNetwork network;

    @BeforeEach
    void compileTheSampleWithCharterLogic() throws IOException {
        Path sample = SharedSamples.directory().resolve("pii-network");
        Files.createDirectories(dir.resolve("models"));
        Files.copy(sample.resolve("models/pii.cto"), dir.resolve("models/pii.cto"));
        for (String file : List.of("permissions.acl", "package.json")) {
            Files.copy(sample.resolve(file), dir.resolve(file));
        }
        Files.createDirectories(dir.resolve("logic"));
        try (InputStream logic = getClass().getClassLoader().getResourceAsStream(LOGIC)) {
            assertThat(logic).as("test resource %s", LOGIC).isNotNull();
            Files.copy(logic, dir.resolve("logic/pii.logic"));
        }
        network = EmbeddedNetwork.compile(dir);
        put("""
                {"$class": "org.acme.pii.Member", "email": "alice@example.com", "firstName": "Alice", "lastName": "A",
                 "dob": "1980-01-01T00:00:00.000Z"}""");
        put("""
                {"$class": "org.acme.pii.Member", "email": "bob@example.com", "firstName": "Bob", "lastName": "B"}""");
    }

    @AfterEach
    void close() {
        if (network != null) {
            network.close();
        }
    }

    @Test
    void compilesTheSampleWithoutDiagnosticsAndKeepsItsRulesAsWritten() throws IOException {
        assertThat(network.diagnostics()).isEmpty();
        assertThat(network.archive().source("permissions.acl"))
                .hasValue(Files.readString(SharedSamples.directory().resolve("pii-network/permissions.acl")));
    }

    @Test
    void aMemberReadsTheirOwnRecordButNotAnotherMembersUntilGrantedAccess() {
        assertThat(visibleTo(ALICE)).containsExactly("alice@example.com");
        assertThat(visibleTo(BOB)).containsExactly("bob@example.com");
        assertThatThrownBy(() -> read(BOB, "alice@example.com"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Participant 'org.acme.pii.Member#bob@example.com' does not have 'READ' access to resource"
                        + " 'org.acme.pii.Member#alice@example.com'");

        authorize(ALICE, "bob@example.com").orThrow();

        assertThat(visibleTo(BOB)).containsExactly("alice@example.com", "bob@example.com");
        assertThat(read(BOB, "alice@example.com").get("dob").asText()).isEqualTo("1980-01-01T00:00:00.000Z");
        assertThat(visibleTo(ALICE)).containsExactly("alice@example.com");
    }

    @Test
    void revokingAccessHidesTheRecordAgain() {
        authorize(ALICE, "bob@example.com").orThrow();
        revoke(ALICE, "bob@example.com").orThrow();

        assertThat(stored("alice@example.com").get("authorized")).isEmpty();
        assertThat(visibleTo(BOB)).containsExactly("bob@example.com");
    }

    @Test
    void aMemberGrantsAccessToTheirOwnRecordOnly() {
        TransactionOutcome.Committed committed = authorize(BOB, "alice@example.com").orThrow();

        assertThat(stored("bob@example.com").get("authorized").get(0).asText()).isEqualTo("alice@example.com");
        assertThat(stored("alice@example.com").has("authorized")).isFalse();
        assertThat(network.archive().wireFormat().toJson(committed.events().get(0)).get("memberTransaction")
                .get("memberId").asText()).isEqualTo("alice@example.com");
        assertThat(visibleTo(ALICE)).containsExactly("alice@example.com", "bob@example.com");
    }

    @Test
    void theNetworkAdministratorSeesEveryRecord() {
        assertThat(ids(registry(network.context(null, null)).getAll()))
                .containsExactly("alice@example.com", "bob@example.com");
    }

    private TransactionOutcome authorize(String member, String memberId) {
        return network.submitAs(member, """
                {"$class": "org.acme.pii.AuthorizeAccess", "memberId": "%s"}""".formatted(memberId));
    }

    private TransactionOutcome revoke(String member, String memberId) {
        return network.submitAs(member, """
                {"$class": "org.acme.pii.RevokeAccess", "memberId": "%s"}""".formatted(memberId));
    }

    private List<String> visibleTo(String member) {
        return ids(registry(network.context(member, null)).getAll());
    }

    private JsonNode read(String member, String id) {
        return network.archive().wireFormat().toJson(registry(network.context(member, null)).get(id));
    }

    private JsonNode stored(String id) {
        return network.resource(MEMBER, id).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Registry<Resource> registry(TransactionContext context) {
        return context.registry((Class<Resource>) network.archive().wireFormat().types().javaClass(MEMBER));
    }

    private static List<String> ids(List<Resource> resources) {
        return resources.stream().map(Resource::$identifier).toList();
    }

    private void put(String json) {
        WireFormat wire = network.archive().wireFormat();
        JsonNode tree = wire.readTree(json.getBytes(UTF_8));
        new Validator(network.archive().model()).validate(tree);
        Resource resource = wire.fromJson(tree, Resource.class);
        network.store().put("setup", StateKeys.resource(resource.$class(), resource.$identifier()), wire.toBytes(resource));
    }
}
