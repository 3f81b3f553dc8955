package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int charter(String... args) {
        return Charter.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path network(String cto) throws IOException {
        Files.createDirectories(dir.resolve("models"));
        Files.writeString(dir.resolve("models/loc.cto"), cto);
        return dir;
    }

    @Test
    void cleanNetworkPrintsOnlyTheSummaryAndExitsZero() throws IOException {
        network("namespace org.example.loc\nasset Letter identified by id {\n  o String id\n}\n");
        assertThat(charter("check", dir.toString())).isZero();
        assertThat(out.toString()).isEqualTo("0 errors, 0 warnings in 1 file" + System.lineSeparator());
    }

    @Test
    void problemsArePrintedWithLocationCodeAndTheOffendingLineAndExitOne() throws IOException {
        network("namespace org.example.loc\nasset Letter identified by id {\n  o String id\n  o String id\n}\n");
        assertThat(charter("check", "--color=never", dir.toString())).isEqualTo(1);
        assertThat(out.toString().lines()).containsExactly(
                "models/loc.cto:4:12: error CTR104: Class Letter has more than one field named id",
                "      o String id",
                "               ^~",
                "1 error, 0 warnings in 1 file");
    }

    @Test
    void jsonFormatIsMachineReadable() throws IOException {
        network("namespace org.example.loc\nasset Letter identified by id {\n  o String id\n  o Strng name\n}\n");
        assertThat(charter("check", "--format", "json", dir.toString())).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("errors").asInt()).isEqualTo(1);
        JsonNode diagnostic = json.get("diagnostics").get(0);
        assertThat(diagnostic.get("code").asText()).isEqualTo("CTR100");
        assertThat(diagnostic.get("file").asText()).isEqualTo("models/loc.cto");
        assertThat(diagnostic.get("line").asInt()).isEqualTo(4);
        assertThat(diagnostic.get("column").asInt()).isEqualTo(5);
        assertThat(diagnostic.get("message").asText()).contains("Did you mean 'String'?");
    }

    @Test
    void colourIsUsedOnlyWhenAsked() throws IOException {
        network("namespace org.example.loc\nasset Letter identified by id {\n  o String id\n  o String id\n}\n");
        charter("check", "--color=always", dir.toString());
        assertThat(out.toString()).contains("\u001b[1;31merror CTR104\u001b[0m");
        out.getBuffer().setLength(0);
        charter("check", dir.toString());
        assertThat(out.toString()).doesNotContain("\u001b[");
    }

    @Test
    void missingDirectoryIsAUsageError() {
        assertThat(charter("check", dir.resolve("nope").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is not a directory");
    }

    @Test
    void directoryWithoutModelsIsAUsageError() {
        assertThat(charter("check", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no model files");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(charter("check", "--frobnicate", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option");
    }
}
