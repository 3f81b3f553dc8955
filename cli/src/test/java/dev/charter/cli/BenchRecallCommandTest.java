package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class BenchRecallCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int charter(String... args) {
        return Charter.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void recallsEachBatchOfASmallFleetAndPrintsHowLongARecallTakes() {
        int exit = charter("bench", "recall", "--vehicles", "200", "--batches", "4");

        assertThat(err.toString()).isEmpty();
        assertThat(exit).isZero();
        assertThat(out.toString())
                .containsPattern("\nfleet: 200 vehicles, one part each from 4 batches, set up in [0-9.]+ s \\(204 transactions\\)\n")
                .contains("IssueRecall of one batch (50 affected vehicles of 200, each with its notice), 4 recalls,")
                .containsPattern("\n  first [0-9]+ ms; min [0-9]+ ms, median [0-9]+ ms, max [0-9]+ ms\n")
                .containsPattern("\nload average: ([0-9.]+|unknown) before and ([0-9.]+|unknown) after \\(1 min\\)\n");
    }

    @Test
    void refusesMoreBatchesThanVehiclesWithoutRunning() {
        assertThat(charter("bench", "recall", "--vehicles", "3", "--batches", "4")).isEqualTo(Charter.ExitCode.USAGE);
        assertThat(err.toString()).contains("no more batches than vehicles");
        assertThat(out.toString()).isEmpty();
    }
}
