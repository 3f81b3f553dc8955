package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchQueryCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int charter(String... args) {
        return Charter.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void oneShortIterationInThisJvmPrintsIndexedAndScannedTimesTheirRatioAndTheLoad() {
        int exit = charter("bench", "query", "--seconds", "1", "--forks", "0", "--warmup-iterations", "0",
                "--iterations", "1");

        assertThat(err.toString()).isEmpty();
        assertThat(exit).isZero();
        String text = out.toString();
        double indexed = microseconds(text, "indexed");
        double scanned = microseconds(text, "scanned");
        // Reading 100 commodities through the index cannot cost what reading all 100,000 does.
        assertThat(scanned).isGreaterThan(indexed * 5);
        assertThat(text).containsPattern("\n  the index makes the query [0-9]+× faster\n");
        assertThat(text).containsPattern("\nmachine: " + Runtime.getRuntime().availableProcessors()
                + " cores, load average ([0-9.]+|unknown) before and ([0-9.]+|unknown) after \\(1 min\\)\n");
    }

    @Test
    void rejectsAnIterationCountBelowOneWithoutRunning() {
        assertThat(charter("bench", "query", "--iterations", "0")).isEqualTo(Charter.ExitCode.USAGE);
        assertThat(err.toString()).contains("charter bench query: --seconds and --iterations must be at least 1");
        assertThat(out.toString()).isEmpty();
    }

    private static double microseconds(String text, String method) {
        Matcher line = Pattern.compile("\n  " + method + " +([0-9,.]+) .*µs per query\n").matcher(text);
        assertThat(line.find()).as("%s line in:%n%s", method, text).isTrue();
        return Double.parseDouble(line.group(1).replace(",", ""));
    }
}
