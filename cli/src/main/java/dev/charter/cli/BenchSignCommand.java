package dev.charter.cli;

import static dev.charter.cli.Jmh.load;
import static dev.charter.cli.Jmh.plural;

import dev.charter.cli.bench.AdmissionBenchmark;
import dev.charter.cli.bench.SignatureBenchmark;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
 * {@code charter bench sign}: signatures made and verified per second on one core, Bouncy Castle's
 * lightweight API (as Charter uses it) against the JCA with Bouncy Castle's provider and with the JDK's,
 * for ECDSA P-256 and Ed25519 ({@link SignatureBenchmark}); then
 * transactions admitted per second on all cores ({@link AdmissionBenchmark}).
 */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = {"Measure signing and verification per second on one core, Charter's keys (Bouncy Castle's",
                "lightweight API) against java.security.Signature with Bouncy Castle's provider and with the JDK's",
                "SunEC, for ecdsa-p256 and ed25519; then transactions admitted per second on all cores",
                "(signature, identity and replay checks on batches of " + AdmissionBenchmark.BATCH + "), with JMH."})
final class BenchSignCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "2", paramLabel = "<n>",
            description = "Length of each warm-up and measured iteration, in seconds (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--forks", defaultValue = "1", paramLabel = "<n>",
            description = "New JVMs to measure each case in; 0 measures in this JVM (default: ${DEFAULT-VALUE}).")
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
        if (!Jmh.validIterations(err, "sign", seconds, forks, warmupIterations, iterations)) {
            return Charter.ExitCode.USAGE;
        }
        int cases = 12 + 2;
        out.printf(Locale.ROOT, "Measuring %d cases, %d warm-up and %d measured iterations of %d s each (about %d s)…%n",
                cases, warmupIterations, iterations, seconds,
                (long) cases * Math.max(forks, 1) * (warmupIterations + iterations) * seconds);
        out.flush();
        Optional<Jmh.Measured> measured = Jmh.run(options(), err, "sign");
        if (measured.isEmpty()) {
            return Charter.ExitCode.INTERNAL;
        }
        Collection<RunResult> results = measured.get().results();
        double loadBefore = measured.get().loadBefore();
        double loadAfter = measured.get().loadAfter();
        if (results.size() != cases) {
            err.println("charter bench sign: JMH ran " + results.size() + " of " + cases + " cases; is"
                    + " META-INF/BenchmarkList on the class path?");
            return Charter.ExitCode.INTERNAL;
        }
        print(out, results, loadBefore, loadAfter);
        out.flush();
        return Charter.ExitCode.OK;
    }

    private Options options() {
        return Jmh.iterations(forks, warmupIterations, iterations, seconds, verbose)
                .include("^(" + Pattern.quote(SignatureBenchmark.class.getName()) + "|"
                        + Pattern.quote(AdmissionBenchmark.class.getName()) + ")\\.")
                .mode(Mode.Throughput)
                .timeUnit(TimeUnit.SECONDS)
                .build();
    }

    private static void print(PrintWriter out, Collection<RunResult> results, double loadBefore, double loadAfter) {
        Map<String, Result<?>> byCase = new HashMap<>();
        BenchmarkParams params = null;
        for (RunResult run : results) {
            params = run.getParams();
            String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
            String library = params.getParam("library");
            byCase.put(method + " " + params.getParam("algorithm") + (library == null ? "" : " " + library),
                    run.getPrimaryResult());
        }
        out.println("Signatures per second on one thread (JMH, 99.9% confidence), over a Trade transaction's signed bytes:");
        out.printf(Locale.ROOT, "  %-11s %-21s %22s %22s%n", "algorithm", "library", "sign/s", "verify/s");
        for (String algorithm : new String[] {"ecdsa-p256", "ed25519"}) {
            for (String library : new String[] {"bouncycastle", "bouncycastle-jca", "jdk"}) {
                out.printf(Locale.ROOT, "  %-11s %-21s %22s %22s%n", algorithm, library,
                        figure(byCase.get("sign " + algorithm + " " + library)),
                        figure(byCase.get("verify " + algorithm + " " + library)));
            }
            for (String library : new String[] {"bouncycastle-jca", "jdk"}) {
                out.printf(Locale.ROOT, "  %-11s %-21s %21.1f× %21.1f×%n", algorithm, "BC / " + library,
                        ratio(byCase, "sign", algorithm, library), ratio(byCase, "verify", algorithm, library));
            }
        }
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "Transactions admitted per second on all %s (batches of %,d, %d identities):%n",
                plural(cores, "core"), AdmissionBenchmark.BATCH, AdmissionBenchmark.IDENTITIES);
        for (String algorithm : new String[] {"ecdsa-p256", "ed25519"}) {
            out.printf(Locale.ROOT, "  %-11s %s%n", algorithm, figure(byCase.get("admit " + algorithm)));
        }
        out.printf(Locale.ROOT, "machine: %d cores, load average %s before and %s after (1 min)%n", cores,
                load(loadBefore), load(loadAfter));
        out.printf(Locale.ROOT, "JVM: %s %s (JDK %s)%s%n", params.getVmName(), params.getVmVersion(),
                params.getJdkVersion(), params.getForks() == 0 ? ", in the charter process" : ", forked");
    }

    private static String figure(Result<?> result) {
        return Double.isNaN(result.getScoreError())
                ? String.format(Locale.ROOT, "%,.0f", result.getScore())
                : String.format(Locale.ROOT, "%,.0f ± %,.0f", result.getScore(), result.getScoreError());
    }

    /** Charter's (Bouncy Castle's lightweight API) figure as a multiple of the other library's. */
    private static double ratio(Map<String, Result<?>> byCase, String operation, String algorithm, String library) {
        return byCase.get(operation + " " + algorithm + " bouncycastle").getScore()
                / byCase.get(operation + " " + algorithm + " " + library).getScore();
    }
}
