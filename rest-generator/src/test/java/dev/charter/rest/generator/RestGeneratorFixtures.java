package dev.charter.rest.generator;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.charter.compiler.NetworkCompiler;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.compiler.model.Network;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** The networks the REST generator's tests generate from. */
final class RestGeneratorFixtures {

    static final String CHARTER_VERSION = "0.1.0-SNAPSHOT";

    private RestGeneratorFixtures() {
    }

    /** {@code golden/shop}: a small network with every feature the schemas map. */
    static Path golden() {
        try {
            return Path.of(RestGeneratorFixtures.class.getResource("/golden/shop").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path letterOfCredit() {
        return Path.of(System.getProperty("charter.root", "../.."), "examples/letter-of-credit");
    }

    /**
     * A Composer sample network of {@code ../shared/composer-samples} (as model-compiler's {@code SharedSamples}
     * finds them): the test is skipped, saying why, when the samples are absent.
     */
    static Path composerSample(String name) {
        String configured = System.getProperty("charter.shared");
        Path sample = (configured != null ? Path.of(configured) : Path.of("..", "..", "shared"))
                .resolve("composer-samples").resolve(name).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(sample.resolve("models")),
                "Skipped: the Composer sample is not at " + sample + " (../shared is absent in this checkout)");
        return sample;
    }

    static Network network(Path directory) {
        NetworkCompiler.Compilation compilation = new NetworkCompiler().compile(directory);
        if (compilation.output().isEmpty()) {
            throw new IllegalStateException(directory + " has errors: " + compilation.check().diagnostics().stream()
                    .map(Diagnostic::render).collect(Collectors.joining("\n")));
        }
        return compilation.check().network();
    }

    static RestGenerator.Project generate(Path directory, NamespaceMode namespaces) {
        return RestGenerator.generate(network(directory), namespaces, CHARTER_VERSION);
    }
}
