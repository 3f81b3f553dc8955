package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class QueryPlanCommandTest {

    private static final Path EXAMPLE = Path.of(System.getProperty("charter.root", ".."), "examples/letter-of-credit");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int charter(String... args) {
        return Charter.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void printsThePlanOfAValidStatementWithTheIndexItWouldUse() {
        int exit = charter("query", "plan", EXAMPLE.toString(),
                "SELECT org.example.loc.LetterOfCredit WHERE (status == _$status) ORDER BY letterId DESC LIMIT 10");

        assertThat(err.toString()).isEmpty();
        assertThat(exit).isZero();
        assertThat(out.toString().replaceAll("\\s", "")).contains(
                "\"name\":\"adhoc\",\"type\":\"org.example.loc.LetterOfCredit\"",
                "\"where\":{\"field\":[\"status\"],\"operator\":\"==\",\"value\":{\"parameter\":\"status\"}}",
                "\"orderBy\":[[\"letterId\"]],\"descending\":true,\"limit\":{\"number\":\"10\"}",
                "\"indexes\":[{\"type\":\"org.example.loc.LetterOfCredit\",\"fields\":[[\"letterId\"],[\"status\"]]}]");
    }

    @Test
    void namesEachProblemOfAStatementWithItsLineAndColumn() {
        int exit = charter("query", "plan", EXAMPLE.toString(),
                "SELECT org.example.loc.LetterOfCredit\n  WHERE (stauts == \"CLOSED\") LIMIT -1");

        assertThat(exit).isEqualTo(Charter.ExitCode.PROBLEMS);
        assertThat(out.toString()).isEqualTo("""
                2:10: error CTR304: Query adhoc: LetterOfCredit has no field stauts. Did you mean 'status'?
                2:36: error CTR309: Query adhoc: LIMIT must be a whole number of at least 0 or a parameter, not -1
                2 errors in the statement
                """);
    }

    @Test
    void reportsASyntaxErrorWhereItIs() {
        assertThat(charter("query", "plan", EXAMPLE.toString(), "SELECT org.example.loc.LetterOfCredit WHERE (status = 1)"))
                .isEqualTo(Charter.ExitCode.PROBLEMS);
        assertThat(out.toString()).startsWith("1:53: error CTR001: mismatched input '='");
    }
}
