package dev.charter.cli;

import dev.charter.cli.bench.TradeLedger;
import dev.charter.cli.bench.TradeNetwork;
import dev.charter.cli.bench.TradeWorkload;
import dev.charter.ledger.client.LedgerClient;
import dev.charter.ledger.client.SubmitResult;
import dev.charter.ledger.client.TransactionBatch;
import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.tx.SignedTransaction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code charter bench ledger}: a load generator in the manner of Hyperledger Caliper. Deploys the built-in
 * trade network on a node (a new node process, or {@code --node}), gives 100 traders identities, pre-signs
 * every Trade before the timed phase, then submits them from concurrent submitters in binary batches,
 * each waiting until its transactions are committed, and prints Caliper's columns and the CPU used.
 */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = {"Load a node with Trade transactions of the built-in trade network, pre-signed by --identities",
                "traders, from --submitters concurrent submitters, and print Caliper's figures: succeeded, failed,",
                "send rate, throughput, latency min/avg/p50/p99/max, and CPU use. Starts its own node unless --node."})
final class BenchLedgerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--node", paramLabel = "<url>",
            description = "Load a running node instead of starting one (it must not host the trade network yet).")
    String node;

    @Option(names = "--transactions", defaultValue = "100000", paramLabel = "<n>",
            description = "Trades in the timed phase (default: ${DEFAULT-VALUE}).")
    int transactions;

    @Option(names = "--warmup", defaultValue = "150000", paramLabel = "<n>",
            description = "Trades submitted first, untimed, so both JVMs compile the hot paths (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--submitters", defaultValue = "5", paramLabel = "<n>",
            description = "Concurrent submitters (default: ${DEFAULT-VALUE}).")
    int submitters;

    @Option(names = "--batch", defaultValue = "100", paramLabel = "<n>",
            description = "Transactions per request (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--identities", defaultValue = "100", paramLabel = "<n>",
            description = "Traders, each with an identity that signs its trades (default: ${DEFAULT-VALUE}).")
    int identities;

    @Option(names = "--key", defaultValue = "ecdsa-p256", paramLabel = "<algorithm>",
            description = "The traders' keys: ecdsa-p256 or ed25519 (default: ${DEFAULT-VALUE}).")
    String key;

    @Option(names = "--profile", paramLabel = "<file.jfr>",
            description = "Record the node's timed phase with Java Flight Recorder (settings 'profile') into this file.")
    Path profile;

    @Override
    public Integer call() {
        return LedgerCommands.run(spec, () -> {
            if (transactions < 1 || warmup < 0 || submitters < 1 || batch < 1 || batch > TransactionBatch.MAX_TRANSACTIONS
                    || identities < 2) {
                throw new IllegalArgumentException("need --transactions ≥ 1, --warmup ≥ 0, --submitters ≥ 1, --batch 1 to "
                        + TransactionBatch.MAX_TRANSACTIONS + " and --identities ≥ 2");
            }
            Path work = Files.createTempDirectory("charter-bench-ledger");
            Process process = null;
            try {
                URI url;
                KeyAlgorithm algorithm = KeyAlgorithm.fromId(key);
                if (node != null) {
                    if (profile != null) {
                        throw new IllegalArgumentException("--profile records the node this command starts: not with --node");
                    }
                    url = URI.create(node);
                } else {
                    process = startNode(work.resolve("data"), profile != null);
                    url = URI.create(readUrl(process));
                }
                return run(new LedgerClient(url), work, process, algorithm);
            } finally {
                if (process != null) {
                    stop(process);
                }
                deleteTree(work);
            }
        });
    }

    private int run(LedgerClient client, Path work, Process process, KeyAlgorithm algorithm) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Path archive = work.resolve("trade.cna");
        TradeNetwork.compileTo(archive);
        int total = warmup + transactions;
        TradeWorkload workload = new TradeWorkload(identities, Math.max(1, (total + 1) / 2));
        out.printf("node %s: deploying the trade network, %d traders with %s identities, %d commodities…%n",
                client.node(), identities, algorithm, workload.commodities());
        out.flush();
        TradeLedger ledger = TradeLedger.deploy(client, archive, workload, algorithm);
        out.printf("pre-signing %d trades (%d warm-up) by %d identities…%n", total, warmup, identities);
        out.flush();
        List<byte[]> warm = batches(ledger, 0, warmup);
        List<byte[]> timed = batches(ledger, warmup, total);
        if (!warm.isEmpty()) {
            submit(ledger, warm);
        }
        if (profile != null) {
            jcmd(process, "JFR.start", "name=bench", "settings=profile");
        }
        long nodeCpuBefore = cpuNanos(process);
        Map<String, Long> threadsBefore = process == null ? Map.of() : threadCpuNanos(process.pid());
        Map<String, Long> ownThreadsBefore = threadCpuNanos(ProcessHandle.current().pid());
        long ownCpuBefore = ownCpuNanos();
        Phase phase = submit(ledger, timed);
        long nodeCpu = cpuNanos(process) - nodeCpuBefore;
        Map<String, Long> threadsAfter = process == null ? Map.of() : threadCpuNanos(process.pid());
        long ownCpu = ownCpuNanos() - ownCpuBefore;
        Map<String, Long> ownThreadsAfter = threadCpuNanos(ProcessHandle.current().pid());
        if (profile != null) {
            jcmd(process, "JFR.stop", "name=bench", "filename=" + profile.toAbsolutePath());
        }
        phase.print(out, transactions);
        int cores = Runtime.getRuntime().availableProcessors();
        double wall = phase.elapsedNanos / 1e9;
        out.printf(Locale.ROOT, "CPU: load generator %.1f s%s over %.1f s on %d cores (%.0f%% of the machine)%n",
                ownCpu / 1e9, process == null ? "" : String.format(Locale.ROOT, ", node %.1f s", nodeCpu / 1e9), wall,
                cores, 100.0 * (ownCpu + Math.max(0, nodeCpu)) / (wall * 1e9 * cores));
        if (phase.succeeded > 0) {
            out.printf(Locale.ROOT, "CPU per committed trade: load generator %.0f µs%s%n", ownCpu / 1e3 / phase.succeeded,
                    process == null ? "" : String.format(Locale.ROOT, ", node %.0f µs", nodeCpu / 1e3 / phase.succeeded));
            if (!threadsAfter.isEmpty()) {
                out.println("node CPU per committed trade by thread: " + byThread(threadsBefore, threadsAfter, phase.succeeded));
            }
            if (!ownThreadsAfter.isEmpty()) {
                out.println("load generator CPU per committed trade by thread: "
                        + byThread(ownThreadsBefore, ownThreadsAfter, phase.succeeded));
            }
        }
        out.printf(Locale.ROOT, "load average: %.2f before and %.2f after (1 min)%n", loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return phase.failed == 0 ? Charter.ExitCode.OK : Charter.ExitCode.PROBLEMS;
    }

    /** The CPU each thread used between {@code before} and {@code after}, per trade, most first. */
    private static String byThread(Map<String, Long> before, Map<String, Long> after, long trades) {
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> String.format(Locale.ROOT, "%s %.0f µs", e.getKey(), e.getValue() / 1e3 / trades))
                .collect(Collectors.joining(", "));
    }

    /** Trades {@code from} to {@code to} of the cycle, signed on every core, encoded in batches. */
    private List<byte[]> batches(TradeLedger ledger, int from, int to) {
        SignedTransaction[] trades = new SignedTransaction[to - from];
        IntStream.range(from, to).parallel().forEach(n -> trades[n - from] = ledger.trade(n));
        List<byte[]> batches = new ArrayList<>();
        for (int i = 0; i < trades.length; i += batch) {
            batches.add(TransactionBatch.encode(Arrays.asList(trades).subList(i, Math.min(trades.length, i + batch))));
        }
        return batches;
    }

    /** What one phase measured. */
    private static final class Phase {
        final long[] latencies;
        final AtomicInteger recorded = new AtomicInteger();
        volatile long firstSend = Long.MAX_VALUE;
        volatile long lastSend;
        long elapsedNanos;
        int succeeded;
        int failed;
        String firstFailure;

        Phase(int transactions) {
            latencies = new long[transactions];
        }

        synchronized void sent(long at) {
            firstSend = Math.min(firstSend, at);
            lastSend = Math.max(lastSend, at);
        }

        synchronized void answered(List<SubmitResult> results, long latency) {
            for (SubmitResult result : results) {
                latencies[recorded.getAndIncrement()] = latency;
                if (result.committed()) {
                    succeeded++;
                } else {
                    failed++;
                    if (firstFailure == null) {
                        firstFailure = result.toString();
                    }
                }
            }
        }

        void print(PrintWriter out, int transactions) {
            long[] sorted = Arrays.copyOf(latencies, recorded.get());
            Arrays.sort(sorted);
            double sendSeconds = Math.max(1, lastSend - firstSend) / 1e9;
            double seconds = elapsedNanos / 1e9;
            out.printf(Locale.ROOT, "%-6s | %7s | %5s | %15s | %16s | %15s | %15s | %15s | %15s | %15s%n", "Name", "Succ",
                    "Fail", "Send Rate (TPS)", "Throughput (TPS)", "Min Latency (s)", "Avg Latency (s)",
                    "p50 Latency (s)", "p99 Latency (s)", "Max Latency (s)");
            out.printf(Locale.ROOT, "%-6s | %7d | %5d | %15.1f | %16.1f | %15.3f | %15.3f | %15.3f | %15.3f | %15.3f%n",
                    "Trade", succeeded, failed, transactions / sendSeconds, succeeded / seconds, seconds(sorted, 0.0),
                    Arrays.stream(sorted).average().orElse(0) / 1e9, seconds(sorted, 0.50), seconds(sorted, 0.99),
                    seconds(sorted, 1.0));
            if (firstFailure != null) {
                out.println("first failure: " + firstFailure);
            }
        }

        private static double seconds(long[] sorted, double quantile) {
            if (sorted.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(quantile * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e9;
        }
    }

    private Phase submit(TradeLedger ledger, List<byte[]> batches) {
        int count = 0;
        for (byte[] encoded : batches) {
            count += TransactionBatch.decodeCount(encoded);
        }
        Phase phase = new Phase(count);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < submitters; s++) {
            Thread thread = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < batches.size(); i = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    phase.sent(sent);
                    List<SubmitResult> results = ledger.client().submitEncodedAsync(ledger.network(), batches.get(i), true)
                            .join();
                    phase.answered(results, System.nanoTime() - sent);
                }
            }, "bench-submitter-" + s);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the submitters ran", e);
            }
        }
        phase.elapsedNanos = System.nanoTime() - start;
        return phase;
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** A node process of this charter jar, with the full JIT, listening on a free port; with deep JFR stacks when {@code profiled}. */
    private static Process startNode(Path data, boolean profiled) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path jar;
        try {
            jar = Path.of(BenchLedgerCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("Cannot find the charter jar", e);
        }
        List<String> command = new ArrayList<>(List.of(java, "-cp", jar.toString()));
        if (profiled) {
            command.add("-XX:FlightRecorderOptions:stackdepth=512"); // Jackson's and the executor's stacks are deep
        }
        command.addAll(List.of(Charter.class.getName(), "node", "start", "--data", data.toString(), "--port", "0"));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** Reads the node's first line, {@code charter node: listening on <url>, …}, and returns the URL. */
    static String readUrl(Process process) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = lines.readLine();
        if (line == null || !line.startsWith("charter node: listening on ")) {
            throw new IOException("The node did not start" + (line == null ? "" : ": " + line));
        }
        String rest = line.substring("charter node: listening on ".length());
        return rest.substring(0, rest.indexOf(','));
    }

    /** Runs the JDK's {@code jcmd} on the node process (JFR.start, JFR.stop). */
    private static void jcmd(Process process, String... command) throws IOException {
        Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
        List<String> line = new ArrayList<>(List.of(java.resolveSibling("jcmd").toString(), Long.toString(process.pid())));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (jcmd.waitFor() != 0) {
                throw new IOException("jcmd " + String.join(" ", command) + " failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while running jcmd", e);
        }
    }

    /**
     * The CPU time of the node's threads, summed by name without a trailing number ({@code charter-admissi},
     * {@code solo-orderer}, {@code GC Thread}, …; Linux keeps 15 characters of a name): the stages of the node.
     * Empty when there is no node process or no {@code /proc}.
     */
    /** CPU time by thread name (numbers stripped, so a pool's threads add up) of process {@code pid}, from /proc. */
    private static Map<String, Long> threadCpuNanos(long pid) {
        Map<String, Long> byName = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException ended) {
                    continue; // the thread ended meanwhile
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                        .replaceAll("[-#]?[0-9]+$", "");
                byName.merge(name, ticksToNanos(stat), Long::sum);
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return byName;
    }

    /** utime + stime of a {@code /proc/…/stat} line, in nanoseconds (USER_HZ is 100 on Linux). */
    private static long ticksToNanos(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
    }

    private static long cpuNanos(Process process) {
        if (process == null) {
            return -1;
        }
        try {
            return ticksToNanos(Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat")));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
