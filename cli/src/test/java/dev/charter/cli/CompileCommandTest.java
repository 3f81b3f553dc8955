package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.runtime.archive.NetworkArchive;
import dev.charter.runtime.contract.TransactionOutcome;
import dev.charter.runtime.context.Submitter;
import dev.charter.runtime.state.InMemoryStateStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileCommandTest {

    private static final Path EXAMPLE = Path.of(System.getProperty("charter.root", ".."), "examples/letter-of-credit");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int charter(String... args) {
        return Charter.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void compilesTheExampleIntoAnArchiveThatRunsItsLogic() throws IOException {
        Path archive = dir.resolve("loc.cna");
        assertThat(charter("compile", EXAMPLE.toString(), "-o", archive.toString())).isZero();
        assertThat(out.toString()).startsWith("letter-of-credit 0.1.0 → " + archive).contains("(sha256:");

        try (NetworkArchive network = NetworkArchive.open(archive)) {
            assertThat(network.name()).isEqualTo("letter-of-credit");
            assertThat(network.source("logic/loc.logic")).hasValueSatisfying(s -> s.contains("on Approve(req)"));
            TransactionOutcome outcome = network.executor(new InMemoryStateStore()).execute(
                    "{\"$class\":\"org.example.loc.CreateDemoParticipants\"}".getBytes(), "tx1",
                    Instant.parse("2026-11-21T12:00:00Z"), Submitter.admin("admin"));
            assertThat(outcome).isInstanceOf(TransactionOutcome.Committed.class);
        }
    }

    @Test
    void networkWithErrorsIsNotCompiledAndItsProblemsArePrinted() throws IOException {
        Files.createDirectories(dir.resolve("models"));
        Files.writeString(dir.resolve("models/m.cto"), "namespace org.x\nasset A identified by id {\n  o Strng id\n}\n");
        assertThat(charter("compile", dir.toString(), "-o", dir.resolve("x.cna").toString())).isEqualTo(1);
        assertThat(out.toString()).contains("models/m.cto:3:5: error CTR100");
        assertThat(dir.resolve("x.cna")).doesNotExist();
    }

    @Test
    void generateJavaWritesReadableSourcesAndTheModel() {
        Path target = dir.resolve("generated");
        assertThat(charter("generate", "java", EXAMPLE.toString(), "-o", target.toString())).isZero();
        assertThat(target.resolve("org/example/loc/LocLogic.java")).content()
                .contains("public static void onApprove(TransactionContext ctx$, Approve req)")
                .containsPattern("// \\d+: letter\\.approval \\+= req\\.approvingParty\n");
        assertThat(target.resolve("META-INF/charter/model.json")).content().contains("org.example.loc.LetterOfCredit");
    }
}
