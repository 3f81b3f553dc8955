package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.runtime.archive.NetworkArchive;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateRestCommandTest {

    private static final Path EXAMPLE = Path.of(System.getProperty("charter.root", ".."), "examples/letter-of-credit");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int charter(String... args) {
        return Charter.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void writesAMavenProjectWithTheOpenApiDocumentAndTheArchiveItRuns() throws IOException {
        Path project = dir.resolve("loc-rest");
        assertThat(charter("generate", "rest", EXAMPLE.toString(), "-o", project.toString())).isZero();
        assertThat(out.toString()).startsWith("REST service of letter-of-credit written to " + project);
        assertThat(project.resolve("pom.xml")).content().contains("<artifactId>rest-runtime</artifactId>");
        assertThat(project.resolve("src/main/resources/charter/openapi.json")).content()
                .contains("\"/api/org.example.loc.LetterOfCredit/{id}/history\"");
        assertThat(project.resolve("src/main/java/org/example/loc/rest/LetterOfCreditApplication.java")).exists();
        assertThat(project.resolve("src/main/resources/application.properties")).content()
                .contains("charter.network.archive=network/letter-of-credit@0.1.0.cna");
        try (NetworkArchive archive = NetworkArchive.open(project.resolve("network/letter-of-credit@0.1.0.cna"))) {
            assertThat(archive.name()).isEqualTo("letter-of-credit");
        }
    }

    @Test
    void anUnknownNamespaceModeIsAUsageError() {
        assertThat(charter("generate", "rest", EXAMPLE.toString(), "-o", dir.toString(), "--namespaces", "sometimes"))
                .isEqualTo(Charter.ExitCode.USAGE);
        assertThat(err.toString()).contains("--namespaces is always or never, not sometimes");
    }

    @Test
    void serveRefusesAnUnreadableUsersFileBeforeStarting() {
        assertThat(charter("serve", EXAMPLE.toString(), "--users", dir.resolve("missing.properties").toString()))
                .isEqualTo(Charter.ExitCode.USAGE);
        assertThat(err.toString()).contains("cannot read the users file");
    }
}
