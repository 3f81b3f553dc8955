package dev.charter.rest.generator;

import dev.charter.compiler.NetworkCompiler;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.compiler.model.Network;
import java.net.URISyntaxException;
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
