package dev.charter.compiler.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.compiler.NetworkCompiler;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A network's version must be a semantic version: {@code network upgrade} orders versions by it. */
class NetworkVersionTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"1.0.0", "0.2.10", "1.0.0-rc.1", "2.0.0-beta.11+build.5"})
    void aSemanticVersionIsAccepted(String version) throws IOException {
        assertThat(versionProblems(version)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "v1.0.0", "01.0.0", "1.0.0-", "1.0.0-01", "latest"})
    void anythingElseIsNamedWithTheFileItIsIn(String version) throws IOException {
        assertThat(versionProblems(version)).singleElement().satisfies(d -> assertThat(d.message())
                .isEqualTo("Version '" + version + "' in package.json is not a semantic version such as 1.0.0"));
    }

    private List<Diagnostic> versionProblems(String version) throws IOException {
        Files.writeString(directory.resolve("package.json"), "{\"name\": \"versions\", \"version\": \"" + version + "\"}");
        Files.createDirectories(directory.resolve("models"));
        Files.writeString(directory.resolve("models/model.cto"), "namespace org.example.versions\n\nasset Thing"
                + " identified by thingId {\n  o String thingId\n}\n");
        return new NetworkCompiler().compile(directory).check().diagnostics().stream()
                .filter(d -> d.code() == Code.INVALID_VERSION).toList();
    }
}
