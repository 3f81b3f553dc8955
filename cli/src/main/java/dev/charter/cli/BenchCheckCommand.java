package dev.charter.cli;

import static dev.charter.cli.Jmh.load;
import static dev.charter.cli.Jmh.loadAverage;

import dev.charter.compiler.CheckResult;
import dev.charter.compiler.NetworkChecker;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code charter bench check}: the warm time to load and check a set of networks in one JVM,
 * and the cold wall time of {@code bin/charter check} on one network, each a new process.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Time 'charter check': warm (in this JVM, all networks under --samples) and cold (new processes).")
final class BenchCheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--samples", paramLabel = "<dir>",
            description = "A directory of network directories (default: ../shared/composer-samples beside the repository).")
    Path samples;

    @Option(names = "--warmup", defaultValue = "30", description = "Untimed rounds first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", defaultValue = "50", description = "Timed rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--cold-runs", defaultValue = "5",
            description = "New processes of bin/charter check to time; 0 skips (default: ${DEFAULT-VALUE}).")
    int coldRuns;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path root = repositoryRoot();
        Path dir = samples != null ? samples : root.resolve("../shared/composer-samples").normalize();
        List<Path> networks = networks(dir);
        if (networks.isEmpty()) {
            spec.commandLine().getErr().println("charter bench check: no networks (directories with models/) in " + dir
                    + "; pass --samples <dir>");
            return Charter.ExitCode.USAGE;
        }
        out.printf("machine: %d cores, %s %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        out.printf("networks: %d under %s%n", networks.size(), dir);

        double loadBefore = loadAverage();
        NetworkChecker checker = new NetworkChecker();
        long files = 0;
        for (int i = 0; i < warmup; i++) {
            files = checkAll(checker, networks);
        }
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            checkAll(checker, networks);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        out.printf("warm: load and check all %d networks (%d files), %d rounds after %d warm-up rounds:%n",
                networks.size(), files, rounds, warmup);
        out.printf("  min %.2f ms, median %.2f ms, p90 %.2f ms, max %.2f ms per round%n", ms(nanos[0]),
                ms(nanos[rounds / 2]), ms(nanos[(int) (rounds * 0.9)]), ms(nanos[rounds - 1]));

        if (coldRuns > 0) {
            cold(out, root.resolve("bin/charter"), networks.get(0));
        }
        out.printf(Locale.ROOT, "load average: %s before and %s after (1 min)%n", load(loadBefore), load(loadAverage()));
        out.flush();
        return Charter.ExitCode.OK;
    }

    private static long checkAll(NetworkChecker checker, List<Path> networks) {
        long files = 0;
        for (Path network : networks) {
            CheckResult result = checker.check(network);
            files += result.fileCount();
        }
        return files;
    }

    private void cold(PrintWriter out, Path launcher, Path network) throws IOException, InterruptedException {
        if (!Files.isExecutable(launcher)) {
            out.println("cold: skipped, no executable launcher at " + launcher);
            return;
        }
        long[] nanos = new long[coldRuns];
        for (int i = 0; i < coldRuns; i++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(launcher.toString(), "check", network.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                out.println("cold: a run took longer than 2 minutes; stopped");
                return;
            }
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        out.printf("cold: bin/charter check %s, %d new processes:%n", network.getFileName(), coldRuns);
        out.printf("  min %.0f ms, median %.0f ms, max %.0f ms wall time%n", ms(nanos[0]), ms(nanos[coldRuns / 2]),
                ms(nanos[coldRuns - 1]));
    }

    private static List<Path> networks(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return new ArrayList<>(entries.filter(p -> Files.isDirectory(p.resolve("models"))).sorted().toList());
        }
    }

    /** The repository the running jar was built in (cli/target/charter.jar → ../..), or the working directory. */
    static Path repositoryRoot() throws URISyntaxException {
        Path jar = Path.of(BenchCheckCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path candidate = jar.getParent() == null ? null : jar.getParent().getParent();
        if (candidate != null && candidate.getParent() != null && Files.isDirectory(candidate.getParent().resolve("bin"))) {
            return candidate.getParent();
        }
        return Path.of("").toAbsolutePath();
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
