package dev.charter.cli;

import dev.charter.cli.bench.TradeBenchmark;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
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
        int runs = Math.max(forks, 1);
        long estimate = (long) runs * (warmupIterations + iterations) * seconds;
        out.printf(Locale.ROOT, "Measuring Trade transactions: %s, %d warm-up and %d measured iterations of %d s"
                + " (about %d s, plus compiling the network)…%n", forks == 0 ? "in this JVM" : plural(forks, "fork"),
                warmupIterations, iterations, seconds, estimate);
        out.flush();

        double loadBefore = loadAverage();
        Collection<RunResult> results;
        try {
            results = new Runner(options()).run();
        } catch (RunnerException e) {
            err.println("charter bench trade: the benchmark failed: " + rootMessage(e));
            return Charter.ExitCode.INTERNAL;
        }
        double loadAfter = loadAverage();
        if (results.isEmpty()) {
            err.println("charter bench trade: JMH found no benchmark " + TradeBenchmark.class.getName()
                    + "; META-INF/BenchmarkList is missing from the class path");
            return Charter.ExitCode.INTERNAL;
        }
        print(out, results.iterator().next(), loadBefore, loadAfter);
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
        return new OptionsBuilder()
                .include("^" + Pattern.quote(TradeBenchmark.class.getName()) + "\\.")
                .mode(Mode.Throughput)
                .timeUnit(TimeUnit.SECONDS)
                .threads(1)
                .forks(forks)
                .warmupIterations(warmupIterations)
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(seconds))
                .shouldFailOnError(true)
                .verbosity(verbose ? VerboseMode.NORMAL : VerboseMode.SILENT)
                .build();
    }

    private static void print(PrintWriter out, RunResult run, double loadBefore, double loadAfter) {
        Result<?> primary = run.getPrimaryResult();
        BenchmarkParams params = run.getParams();
        double score = primary.getScore();
        double error = primary.getScoreError();
        long measured = primary.getStatistics().getN();
        out.printf(Locale.ROOT, "Trade transactions on the in-memory state, one thread (%,d traders, %,d commodities):%n",
                TradeBenchmark.TRADERS, TradeBenchmark.COMMODITIES);
        if (Double.isNaN(error)) {
            out.printf(Locale.ROOT, "  %,.0f transactions/s (%s measured: too few for JMH's error)%n", score,
                    plural(measured, "iteration"));
        } else {
            out.printf(Locale.ROOT, "  %,.0f ± %,.0f transactions/s (JMH, 99.9%% confidence; %s measured)%n", score,
                    error, plural(measured, "iteration"));
        }
        out.printf(Locale.ROOT, "  %.1f× Composer's embedded runtime (%,.0f Trade transactions/s on the 2-core"
                + " development machine)%n", score / COMPOSER_TRADES_PER_SECOND, COMPOSER_TRADES_PER_SECOND);
        out.printf(Locale.ROOT, "machine: %d cores, load average %s before and %s after (1 min)%n",
                Runtime.getRuntime().availableProcessors(), load(loadBefore), load(loadAfter));
        out.printf(Locale.ROOT, "JVM: %s %s (JDK %s)%s%n", params.getVmName(), params.getVmVersion(),
                params.getJdkVersion(), params.getForks() == 0 ? ", in the charter process" : ", forked");
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static String load(double average) {
        return average < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", average);
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** JMH wraps what the benchmark threw as suppressed exceptions of a BenchmarkException: name those. */
    static String rootMessage(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getSuppressed().length > 0) {
                return Arrays.stream(cause.getSuppressed()).map(String::valueOf).distinct()
                        .collect(Collectors.joining("; "));
            }
        }
        return String.valueOf(e);
    }
}
