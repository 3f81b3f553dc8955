package dev.charter.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.cli.bench.TradeNetwork;
import dev.charter.cli.bench.TradeWorkload;
import dev.charter.cli.serve.EmbeddedNode;
import dev.charter.cli.serve.RestServer;
import dev.charter.compiler.NetworkCompiler;
import dev.charter.ledger.card.Card;
import dev.charter.ledger.client.SubmitResult;
import dev.charter.ledger.tx.TransactionSigner;
import dev.charter.rest.gateway.LedgerGateway;
import dev.charter.rest.generator.NamespaceMode;
import dev.charter.rest.generator.RestGenerator;
import dev.charter.rest.web.RestSettings;
import dev.charter.runtime.archive.NetworkArchive;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code charter bench rest}: Trade transactions per second through the generated REST API — HTTP/1.1 with
 * keep-alive from client threads on loopback to the service {@code charter serve} runs, in this process, on a
 * ledger node in this process (a temporary data directory) hosting the built-in trade network. Each request
 * waits for its block; latencies are reported as {@code charter bench ledger} reports them (Caliper's columns).
 */
@Command(name = "rest", mixinStandardHelpOptions = true,
        description = {"Measure Trade transactions per second through the generated REST API: clients on loopback",
                "POST Trades over keep-alive HTTP/1.1 connections to the service charter serve runs, and each waits for",
                "its block on a ledger node in this process; prints throughput and latency (mean, p50, p99)."})
final class BenchRestCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "10", paramLabel = "<n>", description = "Measured seconds (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup-seconds", defaultValue = "60", paramLabel = "<n>",
            description = {"Unmeasured seconds first (default: ${DEFAULT-VALUE}): the JIT compiles the REST service,",
                    "the node and the clients in one JVM for the first half minute or so."})
    int warmupSeconds;

    @Option(names = "--clients", defaultValue = "8", paramLabel = "<n>",
            description = "Client threads, each with its own connection (default: ${DEFAULT-VALUE}).")
    int clients;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        TradeWorkload workload = new TradeWorkload(100, 1000);
        if (clients < 1 || clients > 64) {
            spec.commandLine().getErr().println("charter bench rest: --clients must be between 1 and 64");
            return Charter.ExitCode.USAGE;
        }
        Path directory = Files.createTempDirectory("charter-bench-rest");
        try {
            TradeNetwork.extractTo(directory.resolve("network"));
            NetworkCompiler.Compilation compilation = new NetworkCompiler().compile(directory.resolve("network"));
            RestGenerator.Project project = RestGenerator.generate(compilation.check().network(), NamespaceMode.ALWAYS,
                    RestGenerator.charterVersion());
            Path archiveFile = directory.resolve("trade.cna");
            NetworkArchives.write(compilation, archiveFile);
            out.printf("a ledger node in this process (data in %s): deploying the trade network, %d traders, %d"
                    + " commodities…%n", directory, workload.traders(), workload.commodities());
            out.flush();
            try (EmbeddedNode node = EmbeddedNode.start(directory.resolve("data"), 0, archiveFile,
                    spec.commandLine().getErr())) {
                seed(node, workload);
                try (RestServer server = RestServer.start(project, LedgerGateway.open(node.client(),
                        NetworkArchive.open(archiveFile), Clock.systemUTC()), Map.of("server.port", 0,
                        "logging.level.root", "WARN", RestSettings.CARD, node.adminCard().toString()))) {
                    return measure(out, workload, URI.create("http://localhost:" + server.port() + "/api/"
                            + TradeNetwork.TRADE));
                }
            }
        } finally {
            deleteTree(directory);
        }
    }

    /** The traders and commodities, added by the administrator in two transactions. */
    private static void seed(EmbeddedNode node, TradeWorkload workload) throws IOException {
        Card admin = Card.read(node.adminCard());
        List<String> resources = workload.resources();
        String system = "org.hyperledger.composer.system.";
        for (String[] part : new String[][] {{"AddParticipant", "ParticipantRegistry#" + TradeNetwork.TRADER, "0"},
                {"AddAsset", "AssetRegistry#" + TradeNetwork.COMMODITY, "1"}}) {
            ObjectNode add = JSON.createObjectNode().put("$class", system + part[0])
                    .put("targetRegistry", "resource:" + system + part[1]);
            ArrayNode array = add.putArray("resources");
            List<String> slice = part[2].equals("0") ? resources.subList(0, workload.traders())
                    : resources.subList(workload.traders(), resources.size());
            for (String resource : slice) {
                array.add(JSON.readTree(resource));
            }
            SubmitResult result = node.client().submit(admin.connection().network(),
                    TransactionSigner.of(admin).sign(JSON.writeValueAsBytes(add), Instant.now()), true);
            if (!result.committed()) {
                throw new IllegalStateException("Seeding the trade network failed: " + result);
            }
        }
    }

    private int measure(PrintWriter out, TradeWorkload workload, URI trade) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<String> failure = new AtomicReference<>();
        double loadBefore = loadAverage();
        long start = System.nanoTime();
        long measureFrom = start + warmupSeconds * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        List<long[]> latencies = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[1 << 20];
            latencies.add(mine);
            Thread thread = new Thread(() -> drive(trade, workload, next, failure, measureFrom, end, mine),
                    "bench-client-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double loadAfter = loadAverage();
        if (failure.get() != null) {
            spec.commandLine().getErr().println("charter bench rest: a Trade failed: " + failure.get());
            return Charter.ExitCode.PROBLEMS;
        }
        long[] sorted = latencies.stream().flatMapToLong(l -> Arrays.stream(l, 1, (int) l[0] + 1)).sorted().toArray();
        double perSecond = sorted.length / (double) seconds;
        out.printf(Locale.ROOT, "REST Trade over %d s after %d s of warm-up: %d clients, keep-alive HTTP/1.1 on loopback,"
                + " each request waiting for its block%n", seconds, warmupSeconds, clients);
        out.printf(Locale.ROOT, "%-6s | %7s | %16s | %15s | %15s | %15s | %15s | %15s%n", "Name", "Succ",
                "Throughput (TPS)", "Min Latency (s)", "Avg Latency (s)", "p50 Latency (s)", "p99 Latency (s)",
                "Max Latency (s)");
        out.printf(Locale.ROOT, "%-6s | %7d | %16.1f | %15.3f | %15.3f | %15.3f | %15.3f | %15.3f%n", "Trade",
                sorted.length, perSecond, quantile(sorted, 0), Arrays.stream(sorted).average().orElse(0) / 1e9,
                quantile(sorted, 0.5), quantile(sorted, 0.99), quantile(sorted, 1));
        out.printf(Locale.ROOT, "  %.1f× Composer's embedded runtime (%,.0f Trade transactions/s, without HTTP or a ledger)%n",
                perSecond / BenchTradeCommand.COMPOSER_TRADES_PER_SECOND, BenchTradeCommand.COMPOSER_TRADES_PER_SECOND);
        out.printf(Locale.ROOT, "machine: %d cores, load average %s before and %s after (1 min); JVM %s%n",
                Runtime.getRuntime().availableProcessors(), load(loadBefore), load(loadAfter),
                System.getProperty("java.vm.version"));
        return Charter.ExitCode.OK;
    }

    private static double quantile(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - (quantile > 0 ? 1 : 0))]
                / 1e9;
    }

    /**
     * One client: one connection, one request at a time, until the end; records the latency of each request sent in
     * the measured window ({@code latencies[0]} counts them, from index 1 on).
     */
    private static void drive(URI trade, TradeWorkload workload, AtomicInteger next, AtomicReference<String> failure,
            long measureFrom, long end, long[] latencies) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        while (failure.get() == null && System.nanoTime() < end) {
            HttpRequest request = HttpRequest.newBuilder(trade).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(workload.trade(next.getAndIncrement()))).build();
            long sent = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    failure.compareAndSet(null, response.statusCode() + " " + response.body());
                }
            } catch (IOException e) {
                failure.compareAndSet(null, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long now = System.nanoTime();
            if (sent >= measureFrom && now < end && latencies[0] < latencies.length - 1) {
                latencies[(int) ++latencies[0]] = now - sent;
            }
        }
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String load(double average) {
        return average < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", average);
    }

    private static void deleteTree(Path directory) throws IOException {
        try (var files = Files.walk(directory)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
