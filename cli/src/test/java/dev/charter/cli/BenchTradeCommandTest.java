package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.data.Offset;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BenchTradeCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /**
     * These tests check what the command prints, not the figures, so they need not wait for a benchmark
     * someone else runs on the same machine, which holds JMH's lock (/tmp/jmh.lock).
     */
    @BeforeAll
    static void ignoreOtherBenchmarksLock() {
        System.setProperty("jmh.ignoreLock", "true");
    }

    private int charter(String... args) {
        return Charter.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void oneShortIterationInThisJvmPrintsThroughputMachineAndComposerRatio() {
        long start = System.nanoTime();
        int exit = charter("bench", "trade", "--seconds", "1", "--forks", "0", "--warmup-iterations", "0",
                "--iterations", "1");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(err.toString()).isEmpty();
        assertThat(exit).isZero();
        String text = out.toString();
        Matcher throughput = Pattern.compile("\n  ([0-9,]+) transactions/s \\(1 iteration measured").matcher(text);
        assertThat(throughput.find()).as("throughput line in:%n%s", text).isTrue();
        double perSecond = Double.parseDouble(throughput.group(1).replace(",", ""));
        // A trade runs the whole transaction path: it cannot be free, and one second holds at least one.
        assertThat(perSecond).isPositive().isLessThan(10_000_000);

        Matcher ratio = Pattern.compile("\n  ([0-9.]+)× Composer's embedded runtime \\(590 Trade transactions/s")
                .matcher(text);
        assertThat(ratio.find()).as("Composer ratio in:%n%s", text).isTrue();
        assertThat(ratio.group(1)).isEqualTo(String.format(Locale.ROOT, "%.1f",
                perSecond / BenchTradeCommand.COMPOSER_TRADES_PER_SECOND));

        assertThat(text).containsPattern("\nmachine: " + Runtime.getRuntime().availableProcessors()
                + " cores, load average ([0-9.]+|unknown) before and ([0-9.]+|unknown) after \\(1 min\\)\n");
        assertThat(text).containsPattern("\nJVM: .+ \\(JDK " + Pattern.quote(System.getProperty("java.version"))
                + "\\), in the charter process\n");
        assertThat(took).as("in-process run of one 1 s iteration").isLessThan(Duration.ofSeconds(40));
    }

    @Test
    void withAclMeasuresWithoutAndWithTheNetworksAccessRulesAndPrintsWhatTheyCost() {
        int exit = charter("bench", "trade", "--acl", "--seconds", "1", "--forks", "0", "--warmup-iterations", "0",
                "--iterations", "2");

        assertThat(err.toString()).isEmpty();
        assertThat(exit).isZero();
        String text = out.toString();
        assertThat(text).contains("(100 traders, 1,000 commodities), without access rules:\n");
        assertThat(text).contains("\nWith the network's access rules (permissions.acl");
        Matcher throughputs = Pattern.compile("\n  ([0-9,]+) transactions/s ").matcher(text);
        assertThat(throughputs.find()).as("throughput without rules in:%n%s", text).isTrue();
        double without = Double.parseDouble(throughputs.group(1).replace(",", ""));
        assertThat(throughputs.find()).as("throughput with rules in:%n%s", text).isTrue();
        double with = Double.parseDouble(throughputs.group(1).replace(",", ""));
        Matcher cost = Pattern.compile("\n  access rules cost (-?[0-9.]+) µs per transaction: ([0-9.]+)× the time without"
                + " them \\(([0-9]+)% of the throughput kept\\)\n").matcher(text);
        assertThat(cost.find()).as("cost line in:%n%s", text).isTrue();
        // The throughputs are printed rounded to whole transactions: recomputed, the figures agree to 1%.
        assertThat(Double.parseDouble(cost.group(2))).isCloseTo(without / with, Percentage.withPercentage(1));
        assertThat(Double.parseDouble(cost.group(1))).isCloseTo(1e6 / with - 1e6 / without, Percentage.withPercentage(1));
        Matcher cpu = Pattern.compile("\n  ([0-9.]+) µs of CPU time per transaction ").matcher(text);
        assertThat(cpu.find()).as("CPU time without rules in:%n%s", text).isTrue();
        double cpuWithout = Double.parseDouble(cpu.group(1));
        assertThat(cpu.find()).as("CPU time with rules in:%n%s", text).isTrue();
        double cpuWith = Double.parseDouble(cpu.group(1));
        // One transaction takes CPU time, of the order of the wall-clock time of one at the measured throughput
        // (a unit slip would be 1,000× off; the two are measured differently, so only the order is asserted).
        assertThat(cpuWithout).isPositive().isLessThan(1e6 / without * 2);
        Matcher cpuCost = Pattern.compile("\n  in CPU time, access rules cost (-?[0-9.]+) µs per transaction: ").matcher(text);
        assertThat(cpuCost.find()).as("CPU cost line in:%n%s", text).isTrue();
        // Both CPU times are printed rounded to hundredths: their difference agrees to within two of them.
        assertThat(Double.parseDouble(cpuCost.group(1))).isCloseTo(cpuWith - cpuWithout, Offset.offset(0.02));
    }

    @Test
    void rejectsAnIterationCountBelowOneWithoutRunning() {
        assertThat(charter("bench", "trade", "--iterations", "0")).isEqualTo(Charter.ExitCode.USAGE);
        assertThat(err.toString()).contains("charter bench trade: --iterations must be at least 1, not 0");
        assertThat(out.toString()).isEmpty();
    }
}
