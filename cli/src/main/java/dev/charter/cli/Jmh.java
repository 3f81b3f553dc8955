package dev.charter.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** What the {@code charter bench} commands share: JMH's iteration settings, one run with the load around it. */
final class Jmh {

    /** The results of one JMH run, with the machine's load average (1 min) before and after it. */
    record Measured(Collection<RunResult> results, double loadBefore, double loadAfter) {
    }

    private Jmh() {
    }

    /** Options with the iteration settings every bench command takes; the caller adds what to include and how. */
    static ChainedOptionsBuilder iterations(int forks, int warmupIterations, int iterations, int seconds,
            boolean verbose) {
        return new OptionsBuilder()
                .forks(forks)
                .warmupIterations(warmupIterations)
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(seconds))
                .shouldFailOnError(true)
                .verbosity(verbose ? VerboseMode.NORMAL : VerboseMode.SILENT);
    }

    /**
     * Whether the iteration settings can run; when they cannot, says so as {@code charter bench <name>: …} and answers
     * false.
     */
    static boolean validIterations(PrintWriter err, String name, int seconds, int forks, int warmupIterations,
            int iterations) {
        if (seconds < 1 || forks < 0 || warmupIterations < 0 || iterations < 1) {
            err.println("charter bench " + name + ": --seconds and --iterations must be at least 1, --forks and"
                    + " --warmup-iterations at least 0");
            return false;
        }
        return true;
    }

    /** Runs JMH; when the benchmark fails, says what it threw as {@code charter bench <name>: …} and returns empty. */
    static Optional<Measured> run(Options options, PrintWriter err, String name) {
        double loadBefore = loadAverage();
        try {
            Collection<RunResult> results = new Runner(options).run();
            return Optional.of(new Measured(results, loadBefore, loadAverage()));
        } catch (RunnerException e) {
            err.println("charter bench " + name + ": the benchmark failed: " + rootMessage(e));
            return Optional.empty();
        }
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
