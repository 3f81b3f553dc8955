package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchTradeCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

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
    void rejectsAnIterationCountBelowOneWithoutRunning() {
        assertThat(charter("bench", "trade", "--iterations", "0")).isEqualTo(Charter.ExitCode.USAGE);
        assertThat(err.toString()).contains("charter bench trade: --iterations must be at least 1, not 0");
        assertThat(out.toString()).isEmpty();
    }
}
