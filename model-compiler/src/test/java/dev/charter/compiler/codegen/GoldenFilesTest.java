package dev.charter.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.compiler.NetworkCompiler;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generator's output for {@code golden/trading/network} must equal the files under
 * {@code golden/trading/expected}. After an intended change of the generated code, rewrite them
 * with {@code -Dcharter.golden.update=true} and review the diff.
 */
class GoldenFilesTest {

    private static final Path SOURCE_ROOT = Path.of("src/test/resources/golden/trading");

    @Test
    void generatedJavaAndModelMatchTheGoldenFiles() throws IOException, URISyntaxException {
        Path golden = Path.of(GoldenFilesTest.class.getResource("/golden/trading").toURI());
        NetworkCompiler.Compilation compilation = new NetworkCompiler().compile(golden.resolve("network"));
        assertThat(compilation.check().diagnostics()).isEmpty();
        NetworkGenerator.Output output = compilation.output().orElseThrow();
        Map<String, String> actual = new TreeMap<>(output.javaSources());
        actual.put("META-INF/charter/model.json", new String(output.modelJson(), StandardCharsets.UTF_8));

        if (Boolean.getBoolean("charter.golden.update")) {
            Path expected = SOURCE_ROOT.resolve("expected");
            for (Map.Entry<String, String> file : actual.entrySet()) {
                Files.createDirectories(expected.resolve(file.getKey()).getParent());
                Files.writeString(expected.resolve(file.getKey()), file.getValue());
            }
        }
        Map<String, String> expected = new TreeMap<>();
        Path expectedRoot = golden.resolve("expected");
        if (Files.isDirectory(expectedRoot)) {
            try (Stream<Path> files = Files.walk(expectedRoot)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    expected.put(expectedRoot.relativize(file).toString().replace('\\', '/'), Files.readString(file));
                }
            }
        }
        assertThat(actual).as("generated files (rewrite with -Dcharter.golden.update=true)")
                .containsExactlyEntriesOf(expected);
    }
}
