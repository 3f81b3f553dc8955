package dev.charter.cli.bench;

import dev.charter.runtime.access.AccessController;
import dev.charter.runtime.archive.NetworkArchive;
import dev.charter.runtime.context.Submitter;
import dev.charter.runtime.contract.TransactionExecutor;
import dev.charter.runtime.contract.TransactionOutcome;
import dev.charter.runtime.state.InMemoryStateStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Trade transactions per second on the in-memory state, one thread: each operation executes one
 * {@code Trade} of the {@link TradeNetwork built-in trade network} from its JSON bytes through
 * {@link TransactionExecutor} — parse, validation, reading into the generated class, the compiled
 * logic (reading the commodity, its owner and the new owner; one update; one event), the transaction
 * and historian records and the commit — on an {@link InMemoryStateStore}. The submitter, the seller,
 * is read too. With {@code acl=true} the executor enforces the network's access rules (READ of every object
 * the logic reads, CREATE of the trade — whose condition reads the commodity — UPDATE of the commodity judged
 * against its stored owner, CREATE of the historian record); with {@code acl=false} it allows everything.
 * Run by {@code charter bench trade}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Threads(1)
public class TradeBenchmark {

    public static final int TRADERS = 100;
    public static final int COMMODITIES = 1_000;

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private NetworkArchive archive;
    private TradeWorkload workload;
    private byte[][] trades;
    private Submitter[] sellers;

    /** Whether the network's access rules are enforced. */
    @Param("false")
    public boolean acl;

    private TransactionExecutor executor;
    private int next;
    private long executed;

    /** Compiles the network once per fork, and builds one cycle of trade payloads. */
    @Setup(Level.Trial)
    public void compileNetwork() throws IOException {
        Path archiveFile = Files.createTempFile("charter-trade-bench", ".cna");
        try {
            TradeNetwork.compileTo(archiveFile);
            archive = NetworkArchive.open(archiveFile);
        } finally {
            // The archive is read into memory when it opens; deleting the file now leaves nothing behind
            // even when JMH skips the tear-down of a failed run.
            Files.deleteIfExists(archiveFile);
        }
        workload = new TradeWorkload(TRADERS, COMMODITIES);
        trades = new byte[workload.cycleLength()][];
        sellers = new Submitter[workload.cycleLength()];
        for (int i = 0; i < trades.length; i++) {
            trades[i] = workload.trade(i).getBytes(StandardCharsets.UTF_8);
            sellers[i] = workload.seller(i);
        }
    }

    /**
     * A new store for each iteration, seeded with the traders and commodities: the in-memory store keeps
     * every transaction, historian record and version, so one store for the whole run would grow without
     * bound and make later iterations measure a bigger map.
     */
    @Setup(Level.Iteration)
    public void seedState() {
        InMemoryStateStore store = new InMemoryStateStore();
        workload.seed(archive, store);
        executor = acl ? archive.executor(store) : archive.executor(store, AccessController.ALLOW_ALL);
        next = 0;
        executed = 0;
    }

    /**
     * The CPU time the benchmark thread spends per transaction, averaged over each iteration: time the
     * thread waits for a core while other processes run is not counted, as it is in the throughput.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {

        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        /** Thread CPU time per transaction in the last iteration, in microseconds (JMH reads public fields). */
        public double cpuMicrosPerTransaction;

        private long start;
        private long transactions;

        /** Called by each operation; the clock starts at the first, after the iteration's state is seeded. */
        void count() {
            if (transactions++ == 0) {
                start = THREADS.getCurrentThreadCpuTime();
            }
        }

        @TearDown(Level.Iteration)
        public void stop() {
            cpuMicrosPerTransaction = transactions == 0 ? Double.NaN
                    : (THREADS.getCurrentThreadCpuTime() - start) / 1_000.0 / transactions;
            transactions = 0;
        }
    }

    @Benchmark
    public TransactionOutcome trade(CpuTime cpu) {
        cpu.count();
        int i = next;
        next = i + 1 == trades.length ? 0 : i + 1;
        long n = ++executed;
        TransactionOutcome outcome = executor.execute(trades[i], "tx" + n, START.plusMillis(n), sellers[i]);
        if (outcome instanceof TransactionOutcome.Failed failed) {
            // A failed trade does almost nothing; counting it would inflate the figure.
            throw new IllegalStateException("Trade " + failed.transactionId() + " failed: " + failed.message(),
                    failed.cause());
        }
        return outcome;
    }

    @TearDown(Level.Trial)
    public void close() {
        archive.close();
    }
}
