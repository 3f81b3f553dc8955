package dev.charter.cli;

import static dev.charter.cli.Jmh.load;
import static dev.charter.cli.Jmh.plural;

import dev.charter.cli.bench.TradeBenchmark;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.options.Options;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code charter bench trade}: Trade transactions per second on the in-memory state, one thread,
 * measured by JMH ({@link TradeBenchmark}), beside the figure of Composer's embedded runtime.
 */
@Command(name = "trade", mixinStandardHelpOptions = true,
        description = {"Measure Trade transactions per second on the in-memory state, one thread, with JMH.",
                "Each Trade of the built-in trade network (" + TradeBenchmark.TRADERS + " traders, "
                        + TradeBenchmark.COMMODITIES + " commodities) runs the whole path of a ledger's transaction:",
                "JSON, validation, logic, state overlay, historian record, commit."})
final class BenchTradeCommand implements Callable<Integer> {

    /**
     * Trade transactions per second of Hyperledger Composer 0.20's embedded runtime on its trade network
     * sample, measured on the 2-core development machine (the figure of the issue that asked for this
     * benchmark).
     */
    static final double COMPOSER_TRADES_PER_SECOND = 590;

    /** The secondary result TradeBenchmark.CpuTime reports. */
    private static final String CPU_TIME = "cpuMicrosPerTransaction";

    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "5", paramLabel = "<n>",
            description = "Length of each warm-up and measured iteration, in seconds (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--forks", defaultValue = "1", paramLabel = "<n>",
            description = "New JVMs to measure in, one after another; 0 measures in this JVM, which is less"
                    + " reliable (default: ${DEFAULT-VALUE}).")
    int forks;

    @Option(names = "--warmup-iterations", defaultValue = "3", paramLabel = "<n>",
            description = "Unmeasured iterations first, in each fork (default: ${DEFAULT-VALUE}).")
    int warmupIterations;

    @Option(names = "--iterations", defaultValue = "5", paramLabel = "<n>",
            description = "Measured iterations in each fork (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--acl", description = "Measure twice, without and with the network's access rules"
            + " (permissions.acl), and print what the rules cost per transaction.")
    boolean acl;

    @Option(names = "--verbose", description = "Print JMH's own progress and report too.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String usage = usageProblem();
        if (usage != null) {
            err.println("charter bench trade: " + usage);
            return Charter.ExitCode.USAGE;
        }
        int runs = Math.max(forks, 1) * (acl ? 2 : 1);
        long estimate = (long) runs * (warmupIterations + iterations) * seconds;
        out.printf(Locale.ROOT, "Measuring Trade transactions%s: %s, %d warm-up and %d measured iterations of %d s"
                + " (about %d s, plus compiling the network)…%n", acl ? " without and with access rules" : "",
                forks == 0 ? "in this JVM" : plural(forks, "fork"), warmupIterations, iterations, seconds, estimate);
        out.flush();

        Optional<Jmh.Measured> measured = Jmh.run(options(), err, "trade");
        if (measured.isEmpty()) {
            return Charter.ExitCode.INTERNAL;
        }
        Collection<RunResult> results = measured.get().results();
        double loadBefore = measured.get().loadBefore();
        double loadAfter = measured.get().loadAfter();
        if (results.isEmpty()) {
            err.println("charter bench trade: JMH found no benchmark " + TradeBenchmark.class.getName()
                    + "; META-INF/BenchmarkList is missing from the class path");
            return Charter.ExitCode.INTERNAL;
        }
        List<RunResult> ordered = results.stream()
                .sorted(Comparator.comparing(r -> Boolean.parseBoolean(r.getParams().getParam("acl")))).toList();
        print(out, ordered, loadBefore, loadAfter);
        out.flush();
        return Charter.ExitCode.OK;
    }

    private String usageProblem() {
        if (seconds < 1) {
            return "--seconds must be at least 1, not " + seconds;
        }
        if (forks < 0) {
            return "--forks must be 0 or more, not " + forks;
        }
        if (warmupIterations < 0) {
            return "--warmup-iterations must be 0 or more, not " + warmupIterations;
        }
        if (iterations < 1) {
            return "--iterations must be at least 1, not " + iterations;
        }
        return null;
    }

    private Options options() {
        return Jmh.iterations(forks, warmupIterations, iterations, seconds, verbose)
                .include("^" + Pattern.quote(TradeBenchmark.class.getName()) + "\\.")
                .mode(Mode.Throughput)
                .timeUnit(TimeUnit.SECONDS)
                .threads(1)
                .param("acl", acl ? new String[] {"false", "true"} : new String[] {"false"})
                .build();
    }

    /** The figures: without access rules, then (with --acl) with them and what they cost. */
    private static void print(PrintWriter out, List<RunResult> runs, double loadBefore, double loadAfter) {
        RunResult without = runs.get(0);
        out.printf(Locale.ROOT, "Trade transactions on the in-memory state, one thread (%,d traders, %,d commodities)%s:%n",
                TradeBenchmark.TRADERS, TradeBenchmark.COMMODITIES, runs.size() > 1 ? ", without access rules" : "");
        throughput(out, without);
        double score = without.getPrimaryResult().getScore();
        out.printf(Locale.ROOT, "  %.1f× Composer's embedded runtime (%,.0f Trade transactions/s on the 2-core"
                + " development machine)%n", score / COMPOSER_TRADES_PER_SECOND, COMPOSER_TRADES_PER_SECOND);
        if (runs.size() > 1) {
            double withRules = runs.get(1).getPrimaryResult().getScore();
            out.printf(Locale.ROOT, "With the network's access rules (permissions.acl, checked at every read, update,"
                    + " the trade and its historian record):%n");
            throughput(out, runs.get(1));
            out.printf(Locale.ROOT, "  access rules cost %.2f µs per transaction: %.2f× the time without them"
                    + " (%.0f%% of the throughput kept)%n", 1e6 / withRules - 1e6 / score, score / withRules,
                    100 * withRules / score);
            double cpuWithout = cpuMicros(without);
            double cpuWith = cpuMicros(runs.get(1));
            out.printf(Locale.ROOT, "  in CPU time, access rules cost %.2f µs per transaction: %.2f× the CPU time"
                    + " without them%n", cpuWith - cpuWithout, cpuWith / cpuWithout);
        }
        BenchmarkParams params = without.getParams();
        out.printf(Locale.ROOT, "machine: %d cores, load average %s before and %s after (1 min)%n",
                Runtime.getRuntime().availableProcessors(), load(loadBefore), load(loadAfter));
        out.printf(Locale.ROOT, "JVM: %s %s (JDK %s)%s%n", params.getVmName(), params.getVmVersion(),
                params.getJdkVersion(), params.getForks() == 0 ? ", in the charter process" : ", forked");
    }

    /**
     * The benchmark thread's CPU time per transaction, the mean of the iterations (TradeBenchmark.CpuTime):
     * JMH's score of an event counter is the sum over the iterations.
     */
    private static double cpuMicros(RunResult run) {
        Result<?> cpu = run.getSecondaryResults().get(CPU_TIME);
        return cpu == null ? Double.NaN : cpu.getStatistics().getMean();
    }

    private static void throughput(PrintWriter out, RunResult run) {
        Result<?> primary = run.getPrimaryResult();
        double score = primary.getScore();
        double error = primary.getScoreError();
        long measured = primary.getStatistics().getN();
        if (Double.isNaN(error)) {
            out.printf(Locale.ROOT, "  %,.0f transactions/s (%s measured: too few for JMH's error)%n", score,
                    plural(measured, "iteration"));
        } else {
            out.printf(Locale.ROOT, "  %,.0f ± %,.0f transactions/s (JMH, 99.9%% confidence; %s measured)%n", score,
                    error, plural(measured, "iteration"));
        }
        out.printf(Locale.ROOT, "  %.2f µs of CPU time per transaction (the benchmark thread's: less sensitive than"
                + " the throughput to other processes on the machine)%n", cpuMicros(run));
    }
}
