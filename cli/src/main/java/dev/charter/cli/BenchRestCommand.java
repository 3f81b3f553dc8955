package dev.charter.cli;

import dev.charter.cli.bench.TradeNetwork;
import dev.charter.cli.bench.TradeWorkload;
import dev.charter.cli.serve.RestServer;
import dev.charter.compiler.NetworkCompiler;
import dev.charter.rest.gateway.EmbeddedGateway;
import dev.charter.rest.generator.NamespaceMode;
import dev.charter.rest.generator.RestGenerator;
import dev.charter.runtime.access.AccessController;
import dev.charter.runtime.archive.NetworkArchive;
import dev.charter.runtime.state.InMemoryStateStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code charter bench rest}: Trade transactions per second through the generated REST API — HTTP/1.1 with
 * keep-alive from client threads on loopback to the service {@code charter serve} runs, in this process, over
 * the built-in trade network on the in-memory state. Each request waits for its commit.
 */
@Command(name = "rest", mixinStandardHelpOptions = true,
        description = {"Measure Trade transactions per second through the generated REST API: clients on loopback",
                "POST Trades over keep-alive HTTP/1.1 connections to the service charter serve runs, and each waits for",
                "its commit."})
final class BenchRestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "10", paramLabel = "<n>", description = "Measured seconds (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup-seconds", defaultValue = "10", paramLabel = "<n>",
            description = "Unmeasured seconds first (default: ${DEFAULT-VALUE}).")
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
        RestServer server;
        try {
            TradeNetwork.extractTo(directory);
            NetworkCompiler.Compilation compilation = new NetworkCompiler().compile(directory);
            RestGenerator.Project project = RestGenerator.generate(compilation.check().network(), NamespaceMode.ALWAYS,
                    RestGenerator.charterVersion());
            NetworkArchive archive = NetworkArchives.open(compilation);
            InMemoryStateStore store = new InMemoryStateStore();
            workload.seed(archive, store);
            server = RestServer.start(project, EmbeddedGateway.open(archive, store, AccessController.ALLOW_ALL),
                    Map.of("server.port", 0, "logging.level.root", "WARN"));
        } finally {
            deleteTree(directory);
        }
        try (server) {
            URI trade = URI.create("http://localhost:" + server.port() + "/api/" + TradeNetwork.TRADE);
            AtomicInteger next = new AtomicInteger();
            AtomicLong measured = new AtomicLong();
            AtomicReference<String> failure = new AtomicReference<>();
            double loadBefore = loadAverage();
            long start = System.nanoTime();
            long measureFrom = start + warmupSeconds * 1_000_000_000L;
            long end = measureFrom + seconds * 1_000_000_000L;
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Thread thread = new Thread(() -> drive(trade, workload, next, measured, failure, measureFrom, end),
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
            double perSecond = measured.get() / (double) seconds;
            out.printf(Locale.ROOT, "REST Trade: %,.0f transactions/s over %d s after %d s of warm-up, %d clients with"
                    + " keep-alive HTTP/1.1 on loopback (%,d committed, mean %.2f ms per request)%n", perSecond, seconds,
                    warmupSeconds, clients, measured.get(), clients * 1000.0 / perSecond);
            out.printf(Locale.ROOT, "  %.1f× Composer's embedded runtime (%,.0f Trade transactions/s, without HTTP)%n",
                    perSecond / BenchTradeCommand.COMPOSER_TRADES_PER_SECOND, BenchTradeCommand.COMPOSER_TRADES_PER_SECOND);
            out.printf(Locale.ROOT, "machine: %d cores, load average %s before and %s after (1 min); JVM %s%n",
                    Runtime.getRuntime().availableProcessors(), load(loadBefore), load(loadAfter),
                    System.getProperty("java.vm.version"));
            return Charter.ExitCode.OK;
        }
    }

    /** One client: one connection, one request at a time, until the end; counts commits in the measured window. */
    private static void drive(URI trade, TradeWorkload workload, AtomicInteger next, AtomicLong measured,
            AtomicReference<String> failure, long measureFrom, long end) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        while (failure.get() == null && System.nanoTime() < end) {
            HttpRequest request = HttpRequest.newBuilder(trade).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(workload.trade(next.getAndIncrement()))).build();
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
            if (now >= measureFrom && now < end) {
                measured.incrementAndGet();
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
