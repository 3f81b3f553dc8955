package dev.charter.cli.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.compiler.CheckResult;
import dev.charter.compiler.NetworkChecker;
import dev.charter.runtime.archive.NetworkArchive;
import dev.charter.runtime.context.Submitter;
import dev.charter.runtime.contract.TransactionExecutor;
import dev.charter.runtime.contract.TransactionOutcome;
import dev.charter.runtime.json.WireFormat;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.state.InMemoryStateStore;
import dev.charter.runtime.state.StateEntry;
import dev.charter.runtime.state.StateKeys;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in trade network and the workload the trade benchmark replays on it. */
class BenchTradeNetworkTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void builtInNetworkIsExactlyItsListedFilesAndChecksWithoutDiagnostics() throws IOException, URISyntaxException {
        Path resources = Path.of(TradeNetwork.class.getResource("trade-network").toURI());
        try (Stream<Path> files = Files.walk(resources)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> resources.relativize(f).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrderElementsOf(TradeNetwork.FILES);
        }
        CheckResult result = new NetworkChecker().check(TradeNetwork.extractTo(dir.resolve("network")));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.network().descriptor().name()).isEqualTo("charter-trade-bench");
    }

    @Test
    void everyTradeOfTheCycleCommitsAndTheCycleReturnsEveryCommodityToItsFirstOwner() throws IOException {
        TradeWorkload workload = new TradeWorkload(3, 4);
        try (NetworkArchive archive = compile()) {
            InMemoryStateStore store = new InMemoryStateStore();
            workload.seed(archive, store);
            Map<String, String> owners = owners(archive.wireFormat(), store);
            assertThat(owners).containsEntry("C00000", "TRADER0000").containsEntry("C00001", "TRADER0001")
                    .containsEntry("C00002", "TRADER0002").containsEntry("C00003", "TRADER0000");
            TransactionExecutor executor = archive.executor(store);

            for (int n = 0; n < 2 * workload.cycleLength(); n++) {
                JsonNode trade = archive.wireFormat().readTree(workload.trade(n).getBytes(UTF_8));
                String symbol = trade.get("commodity").asText().substring(("resource:" + TradeNetwork.COMMODITY + "#").length());
                String ownerBefore = owners(archive.wireFormat(), store).get(symbol);
                assertThat(workload.seller(n).participant().id()).as("seller of trade %d", n).isEqualTo(ownerBefore);

                TransactionOutcome.Committed committed = executor.execute(workload.trade(n).getBytes(UTF_8), "tx" + n,
                        T0.plusSeconds(n), workload.seller(n)).orThrow();

                String ownerAfter = owners(archive.wireFormat(), store).get(symbol);
                assertThat(ownerAfter).as("owner after trade %d", n).isNotEqualTo(ownerBefore)
                        .isEqualTo(trade.get("newOwner").asText().substring(("resource:" + TradeNetwork.TRADER + "#").length()));
                JsonNode event = archive.wireFormat().toJson(committed.events().get(0));
                assertThat(event.get("$class").asText()).isEqualTo(TradeNetwork.TRADE_NOTIFICATION);
                assertThat(event.get("previousOwner").asText()).endsWith("#" + ownerBefore);
                assertThat(event.get("newOwner").asText()).endsWith("#" + ownerAfter);
                assertThat(store.get(StateKeys.historian("tx" + n))).isPresent();
                if ((n + 1) % workload.cycleLength() == 0) {
                    assertThat(owners(archive.wireFormat(), store)).as("after %d trades", n + 1).isEqualTo(owners);
                }
            }
        }
    }

    @Test
    void tradeToTheCurrentOwnerOrOfAMissingCommodityFailsAndWritesNothing() throws IOException {
        try (NetworkArchive archive = compile()) {
            InMemoryStateStore store = new InMemoryStateStore();
            new TradeWorkload(2, 1).seed(archive, store);
            List<StateEntry> before = store.scan("");
            TransactionExecutor executor = archive.executor(store);

            TransactionOutcome toOwner = executor.execute(("{\"$class\":\"" + TradeNetwork.TRADE + "\","
                    + "\"commodity\":\"resource:" + TradeNetwork.COMMODITY + "#C00000\","
                    + "\"newOwner\":\"resource:" + TradeNetwork.TRADER + "#TRADER0000\"}").getBytes(UTF_8), "tx1",
                    T0, new TradeWorkload(2, 1).seller(0));
            assertThat(toOwner).isInstanceOfSatisfying(TransactionOutcome.Failed.class,
                    failed -> assertThat(failed.message()).isEqualTo("TRADER0000 already owns C00000"));

            TransactionOutcome missing = executor.execute(("{\"$class\":\"" + TradeNetwork.TRADE + "\","
                    + "\"commodity\":\"resource:" + TradeNetwork.COMMODITY + "#GOLD\","
                    + "\"newOwner\":\"resource:" + TradeNetwork.TRADER + "#TRADER0001\"}").getBytes(UTF_8), "tx2",
                    T0, new TradeWorkload(2, 1).seller(0));
            // Whether the message also names the transaction's field depends on the generated code: ask for the commodity.
            assertThat(missing).isInstanceOfSatisfying(TransactionOutcome.Failed.class, failed -> assertThat(
                    failed.message()).startsWith("Relationship ")
                    .endsWith(" points to " + TradeNetwork.COMMODITY + "#GOLD, which does not exist"));

            assertThat(store.scan("")).usingRecursiveFieldByFieldElementComparator().isEqualTo(before);
        }
    }

    @Test
    void theNetworksRulesLetOnlyTheOwnerTradeACommodity() throws IOException {
        try (NetworkArchive archive = compile()) {
            InMemoryStateStore store = new InMemoryStateStore();
            TradeWorkload workload = new TradeWorkload(3, 1);
            workload.seed(archive, store);
            List<StateEntry> before = store.scan("");
            String trade = "{\"$class\":\"" + TradeNetwork.TRADE + "\",\"commodity\":\"resource:" + TradeNetwork.COMMODITY
                    + "#C00000\",\"newOwner\":\"resource:" + TradeNetwork.TRADER + "#TRADER0002\"}";

            TransactionOutcome byAnother = archive.executor(store).execute(trade.getBytes(UTF_8), "tx1", T0,
                    Submitter.of(Relationship.of(TradeNetwork.TRADER, "TRADER0001"), null));

            assertThat(byAnother).isInstanceOfSatisfying(TransactionOutcome.Failed.class, failed -> assertThat(
                    failed.message()).isEqualTo("Participant '" + TradeNetwork.TRADER + "#TRADER0001' does not have"
                    + " 'CREATE' access to resource '" + TradeNetwork.TRADE + "#tx1'"));
            assertThat(store.scan("")).usingRecursiveFieldByFieldElementComparator().isEqualTo(before);
            archive.executor(store).execute(trade.getBytes(UTF_8), "tx2", T0, workload.seller(0)).orThrow();
        }
    }

    private NetworkArchive compile() throws IOException {
        Path file = dir.resolve("trade.cna");
        TradeNetwork.compileTo(file);
        return NetworkArchive.open(file);
    }

    /** Each commodity's symbol and its owner's trader id, as stored. */
    private static Map<String, String> owners(WireFormat wire, InMemoryStateStore store) {
        Map<String, String> owners = new TreeMap<>();
        for (StateEntry entry : store.scan(StateKeys.resourcePrefix(TradeNetwork.COMMODITY))) {
            JsonNode commodity = wire.readTree(entry.value());
            String owner = commodity.get("owner").asText();
            owners.put(commodity.get("symbol").asText(), owner.substring(owner.indexOf('#') + 1));
        }
        return owners;
    }
}
