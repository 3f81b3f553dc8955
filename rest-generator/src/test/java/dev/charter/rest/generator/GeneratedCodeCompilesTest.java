package dev.charter.rest.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.compiler.archive.JavaSourceCompiler;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated controllers and application compile, warnings as errors, against the REST runtime and Spring. */
class GeneratedCodeCompilesTest {

    private static List<Path> testClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    }

    @Test
    void theLetterOfCreditServiceCompilesWithoutWarnings() {
        RestGenerator.Project project = RestGeneratorFixtures.generate(RestGeneratorFixtures.letterOfCredit(),
                NamespaceMode.ALWAYS);
        Map<String, byte[]> classes = new JavaSourceCompiler(true).compile(project.javaSources(), testClassPath());
        assertThat(classes).containsKeys("org/example/loc/rest/LetterOfCreditApplication.class",
                "org/example/loc/rest/LetterOfCreditController.class", "org/example/loc/rest/ApproveController.class");
    }

    @Test
    void theGoldenServiceCompilesWithoutNamespacesToo() {
        RestGenerator.Project project = RestGeneratorFixtures.generate(RestGeneratorFixtures.golden().resolve("network"),
                NamespaceMode.NEVER);
        assertThat(new JavaSourceCompiler(true).compile(project.javaSources(), testClassPath()))
                .containsKey("org/example/shop/rest/ProductController.class");
    }
}
