package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchSignCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int charter(String... args) {
        return Charter.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void oneShortIterationPerCasePrintsBothLibrariesBothAlgorithmsAndAdmission() {
        int exit = charter("bench", "sign", "--seconds", "1", "--forks", "0", "--warmup-iterations", "0",
                "--iterations", "1");
        assertThat(err.toString()).isEmpty();
        assertThat(exit).isZero();
        String text = out.toString();
        for (String algorithm : new String[] {"ecdsa-p256", "ed25519"}) {
            for (String library : new String[] {"bouncycastle", "bouncycastle-jca", "jdk"}) {
                Matcher row = Pattern.compile("\n  " + algorithm + " +" + library + " +([0-9,]+) +([0-9,]+)\n").matcher(text);
                assertThat(row.find()).as("%s %s row in:%n%s", algorithm, library, text).isTrue();
                assertThat(Long.parseLong(row.group(1).replace(",", ""))).isPositive();
                assertThat(Long.parseLong(row.group(2).replace(",", ""))).isPositive();
            }
            assertThat(text).containsPattern("\n  " + algorithm + " +BC / bouncycastle-jca +[0-9.]+× +[0-9.]+×\n");
            assertThat(text).containsPattern("\n  " + algorithm + " +BC / jdk +[0-9.]+× +[0-9.]+×\n");
            assertThat(text).containsPattern("\n  " + algorithm + " +[0-9,]+\n");
        }
        assertThat(text).contains("Transactions admitted per second on all ");
        assertThat(text).containsPattern("\nmachine: [0-9]+ cores, load average ([0-9.]+|unknown) before");
    }

    @Test
    void rejectsAnIterationCountBelowOneWithoutRunning() {
        assertThat(charter("bench", "sign", "--iterations", "0")).isEqualTo(Charter.ExitCode.USAGE);
        assertThat(err.toString()).contains("charter bench sign: --seconds and --iterations must be at least 1");
        assertThat(out.toString()).isEmpty();
    }
}
