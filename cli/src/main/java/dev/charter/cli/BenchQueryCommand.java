package dev.charter.cli;

import static dev.charter.cli.Jmh.load;
import static dev.charter.cli.Jmh.plural;

import dev.charter.cli.bench.QueryBenchmark;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.options.Options;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code charter bench query}: one named query on 100,000 assets, with the index the compiler
 * derived from it and by scanning every asset, measured by JMH ({@link QueryBenchmark}).
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Measure a named query on the in-memory state with JMH, with its derived index and by scan:",
                "commoditiesByOwner (WHERE (owner == _$owner)) on " + QueryBenchmark.COMMODITIES + " commodities of the"
                        + " built-in trade network, " + QueryBenchmark.COMMODITIES / QueryBenchmark.TRADERS
                        + " results each."})
final class BenchQueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "3", paramLabel = "<n>",
            description = "Length of each warm-up and measured iteration, in seconds (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--forks", defaultValue = "1", paramLabel = "<n>",
            description = "New JVMs to measure in; 0 measures in this JVM (default: ${DEFAULT-VALUE}).")
    int forks;

    @Option(names = "--warmup-iterations", defaultValue = "2", paramLabel = "<n>",
            description = "Unmeasured iterations first, in each fork (default: ${DEFAULT-VALUE}).")
    int warmupIterations;

    @Option(names = "--iterations", defaultValue = "3", paramLabel = "<n>",
            description = "Measured iterations in each fork (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--verbose", description = "Print JMH's own progress and report too.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Jmh.validIterations(err, "query", seconds, forks, warmupIterations, iterations)) {
            return Charter.ExitCode.USAGE;
        }
        out.printf(Locale.ROOT, "Measuring a query on %,d commodities, indexed and scanned: %s, %d warm-up and %d"
                + " measured iterations of %d s each (plus loading the commodities)…%n", QueryBenchmark.COMMODITIES,
                forks == 0 ? "in this JVM" : plural(forks, "fork"), warmupIterations, iterations, seconds);
        out.flush();
        Optional<Jmh.Measured> measured = Jmh.run(options(), err, "query");
        if (measured.isEmpty()) {
            return Charter.ExitCode.INTERNAL;
        }
        Collection<RunResult> results = measured.get().results();
        double loadBefore = measured.get().loadBefore();
        double loadAfter = measured.get().loadAfter();
        Map<String, Result<?>> byMethod = new TreeMap<>();
        BenchmarkParams params = null;
        for (RunResult run : results) {
            String benchmark = run.getParams().getBenchmark();
            byMethod.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), run.getPrimaryResult());
            params = run.getParams();
        }
        if (!byMethod.containsKey("indexed") || !byMethod.containsKey("scanned")) {
            err.println("charter bench query: JMH found no benchmarks " + QueryBenchmark.class.getName()
                    + "; META-INF/BenchmarkList is missing from the class path");
            return Charter.ExitCode.INTERNAL;
        }
        out.printf(Locale.ROOT, "Query commoditiesByOwner on %,d commodities (%,d results), one thread:%n",
                QueryBenchmark.COMMODITIES, QueryBenchmark.COMMODITIES / QueryBenchmark.TRADERS);
        for (String method : new String[] {"indexed", "scanned"}) {
            Result<?> result = byMethod.get(method);
            out.printf(Locale.ROOT, "  %-8s %,12.1f %s µs per query%n", method, result.getScore(),
                    Double.isNaN(result.getScoreError()) ? "" : String.format(Locale.ROOT, "± %,.1f", result.getScoreError()));
        }
        out.printf(Locale.ROOT, "  the index makes the query %.0f× faster%n",
                byMethod.get("scanned").getScore() / byMethod.get("indexed").getScore());
        out.printf(Locale.ROOT, "machine: %d cores, load average %s before and %s after (1 min)%n",
                Runtime.getRuntime().availableProcessors(), load(loadBefore), load(loadAfter));
        out.printf(Locale.ROOT, "JVM: %s %s (JDK %s)%s%n", params.getVmName(), params.getVmVersion(),
                params.getJdkVersion(), params.getForks() == 0 ? ", in the charter process" : ", forked");
        out.flush();
        return Charter.ExitCode.OK;
    }

    private Options options() {
        return Jmh.iterations(forks, warmupIterations, iterations, seconds, verbose)
                .include("^" + Pattern.quote(QueryBenchmark.class.getName()) + "\\.")
                .timeUnit(TimeUnit.MICROSECONDS)
                .threads(1)
                .build();
    }
}
