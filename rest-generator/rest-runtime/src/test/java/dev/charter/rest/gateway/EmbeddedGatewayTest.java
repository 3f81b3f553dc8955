package dev.charter.rest.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.compiler.EmbeddedNetwork;
import dev.charter.runtime.access.AccessController;
import dev.charter.runtime.access.AccessOperation;
import dev.charter.runtime.state.InMemoryStateStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded gateway on the letter-of-credit example. */
class EmbeddedGatewayTest {

    private static final Path EXAMPLE = Path.of(System.getProperty("charter.root", "../.."), "examples/letter-of-credit");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BANK = "org.example.loc.Bank";
    private static final Caller ALICE = Caller.parse("resource:org.example.loc.Customer#alice", "alice");

    private final EmbeddedNetwork network = EmbeddedNetwork.compile(EXAMPLE);
    private final List<EmbeddedGateway> gateways = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        gateways.forEach(EmbeddedGateway::close);
        network.close();
    }

    private EmbeddedGateway gateway(AccessController access) {
        EmbeddedGateway gateway = EmbeddedGateway.open(network.archive(), new InMemoryStateStore(), access);
        gateways.add(gateway);
        return gateway;
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode bank(String id) {
        return json("{ \"$class\": \"org.example.loc.Bank\", \"bankId\": \"" + id + "\", \"name\": \"Bank " + id + "\" }");
    }

    private static Committed await(Submission submission) {
        try {
            return submission.outcome().join();
        } catch (CompletionException e) {
            throw (RuntimeException) e.getCause();
        }
    }

    @Test
    void aCursorWalksEveryResourceOnceInIdOrder() {
        EmbeddedGateway gateway = gateway(AccessController.ALLOW_ALL);
        for (int i = 24; i >= 0; i--) {
            await(gateway.create(Caller.ADMIN, BANK, bank("B%02d".formatted(i))));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page page = gateway.resources(Caller.ADMIN, BANK, PageRequest.of(10, null, cursor, null));
            page.items().forEach(b -> seen.add(b.get("bankId").asText()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(25).doesNotHaveDuplicates().isSorted().startsWith("B00");
    }

    @Test
    void listsOrderByAFieldAndSkip() {
        EmbeddedGateway gateway = gateway(AccessController.ALLOW_ALL);
        for (String id : List.of("A", "B", "C")) {
            await(gateway.create(Caller.ADMIN, BANK, bank(id)));
        }
        Page page = gateway.resources(Caller.ADMIN, BANK, PageRequest.of(10, 1, null, "name desc"));
        assertThat(page.items()).extracting(b -> b.get("bankId").asText()).containsExactly("B", "A");
        assertThatThrownBy(() -> gateway.resources(Caller.ADMIN, BANK, PageRequest.of(10, 0, null, "colour")))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.INVALID);
                    assertThat(e.getMessage()).isEqualTo("org.example.loc.Bank has no field named colour to order by");
                });
    }

    @Test
    void failuresSayWhatKindTheyAre() {
        EmbeddedGateway gateway = gateway(AccessController.ALLOW_ALL);
        await(gateway.create(Caller.ADMIN, BANK, bank("HQ")));
        assertThatThrownBy(() -> await(gateway.create(Caller.ADMIN, BANK, bank("HQ"))))
                .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.failure()).isEqualTo(Failure.CONFLICT));
        assertThatThrownBy(() -> await(gateway.update(Caller.ADMIN, BANK, bank("NONE"))))
                .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND));
        assertThatThrownBy(() -> gateway.create(Caller.ADMIN, BANK, json("{ \"$class\": \"org.example.loc.Bank\", \"bankId\": \"X\" }")))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.INVALID);
                    assertThat(e.field()).isEqualTo("name");
                });
        assertThatThrownBy(() -> await(gateway.submit(ALICE, json("{ \"$class\": \"org.example.loc.CreateDemoParticipants\" }"))))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.FORBIDDEN);
                    assertThat(e.getMessage()).contains("org.example.loc.Customer#alice, which submitted the transaction, does not exist");
                });
        await(gateway.submit(Caller.ADMIN, json("{ \"$class\": \"org.example.loc.CreateDemoParticipants\" }")));
        assertThatThrownBy(() -> await(gateway.submit(ALICE, json("{ \"$class\": \"org.example.loc.ReceiveProduct\","
                + " \"loc\": \"resource:org.example.loc.LetterOfCredit#NONE\" }"))))
                .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.failure()).isEqualTo(Failure.REJECTED));
    }

    @Test
    void theAccessControllerDecidesReadsListsAndChanges() {
        AccessController noBankB = (operation, subject, resource) -> !(resource.$identifier().equals("B")
                && (operation == AccessOperation.READ || operation == AccessOperation.DELETE));
        EmbeddedGateway gateway = gateway(noBankB);
        await(gateway.create(Caller.ADMIN, BANK, bank("A")));
        await(gateway.create(Caller.ADMIN, BANK, bank("B")));
        assertThat(gateway.resources(Caller.ADMIN, BANK, PageRequest.first()).items()).hasSize(1);
        assertThatThrownBy(() -> gateway.resource(Caller.ADMIN, BANK, "B"))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.FORBIDDEN);
                    assertThat(e.getMessage()).isEqualTo("The network administrator does not have 'READ' access to resource "
                            + "'org.example.loc.Bank#B'");
                });
        assertThatThrownBy(() -> await(gateway.remove(Caller.ADMIN, BANK, "B")))
                .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.failure()).isEqualTo(Failure.FORBIDDEN));
        assertThat(gateway.exists(Caller.ADMIN, BANK, "B")).isTrue();
    }

    @Test
    void subscribersReceiveEachBlockOnceInCommitOrderFromTheBlockTheyAsk() throws Exception {
        EmbeddedGateway gateway = gateway(AccessController.ALLOW_ALL);
        for (String id : List.of("A", "B", "C")) {
            await(gateway.create(Caller.ADMIN, BANK, bank(id)));
        }
        List<Long> seen = new CopyOnWriteArrayList<>();
        try (Subscription subscription = gateway.subscribe(2, block -> seen.add(block.number()))) {
            await(gateway.create(Caller.ADMIN, BANK, bank("D")));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (seen.size() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
        assertThat(seen).containsExactly(2L, 3L, 4L);
        assertThat(gateway.height()).isEqualTo(4);
    }

    @Test
    void blocksAndHistorySurviveReopeningAJournal() {
        EmbeddedGateway first = EmbeddedGateway.open(network.archive(), JournalStateStore.open(dir), AccessController.ALLOW_ALL);
        await(first.create(Caller.ADMIN, BANK, bank("A")));
        await(first.update(Caller.ADMIN, BANK, json("{ \"$class\": \"org.example.loc.Bank\", \"bankId\": \"A\", \"name\": \"Renamed\" }")));
        first.close();
        try (EmbeddedNetwork again = EmbeddedNetwork.compile(EXAMPLE);
                EmbeddedGateway second = EmbeddedGateway.open(again.archive(), JournalStateStore.open(dir),
                        AccessController.ALLOW_ALL)) {
            assertThat(second.height()).isEqualTo(2);
            assertThat(second.history(Caller.ADMIN, BANK, "A")).extracting(ResourceVersion::transactionType).containsExactly(
                    "org.hyperledger.composer.system.AddParticipant", "org.hyperledger.composer.system.UpdateParticipant");
            assertThat(second.resource(Caller.ADMIN, BANK, "A").orElseThrow().get("name").asText()).isEqualTo("Renamed");
        }
    }
}
