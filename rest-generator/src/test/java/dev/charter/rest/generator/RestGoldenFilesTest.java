package dev.charter.rest.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generated project for {@code golden/shop/network} must equal the files under {@code golden/shop/expected}.
 * After an intended change, rewrite them with {@code -Dcharter.golden.update=true} and review the diff.
 */
class RestGoldenFilesTest {

    private static final Path SOURCE_ROOT = Path.of("src/test/resources/golden/shop");

    @Test
    void generatedProjectMatchesTheGoldenFiles() throws IOException {
        Path golden = RestGeneratorFixtures.golden();
        Map<String, String> actual = new TreeMap<>(RestGeneratorFixtures.generate(golden.resolve("network"),
                NamespaceMode.ALWAYS).files());
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
