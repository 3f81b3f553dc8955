package dev.charter.cli;

import dev.charter.compiler.NetworkCompiler;
import dev.charter.rest.generator.NamespaceMode;
import dev.charter.rest.generator.RestGenerationException;
import dev.charter.rest.generator.RestGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charter generate rest <dir> -o <out>}: a network's REST service as a Spring Boot Maven project. */
@Command(name = "rest", mixinStandardHelpOptions = true,
        description = {"Check a network and write its REST service: a Spring Boot 3 Maven project with a controller per",
                "asset, participant and transaction type, the OpenAPI 3 document, a README, and the network archive it runs.",
                "Files you add to the project are left alone when you generate again."})
final class GenerateRestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<dir>", description = "The network directory.")
    Path directory;

    @Option(names = {"-o", "--output"}, paramLabel = "<out>", required = true, description = "The project directory to write.")
    Path output;

    @Option(names = "--namespaces", paramLabel = "always|never", defaultValue = "always",
            description = "Paths with qualified type names (/api/org.example.loc.LetterOfCredit, the default) or short ones.")
    String namespaces;

    @Override
    public Integer call() throws IOException {
        Integer usage = Networks.requireNetwork(spec, "generate rest", directory);
        if (usage != null) {
            return usage;
        }
        Optional<NamespaceMode> mode = ServeCommand.namespaceMode(spec, "generate rest", namespaces);
        if (mode.isEmpty()) {
            return Charter.ExitCode.USAGE;
        }
        Optional<NetworkCompiler.Compilation> compiled = Networks.compile(spec, "generate rest", directory);
        if (compiled.isEmpty()) {
            return Charter.ExitCode.PROBLEMS;
        }
        RestGenerator.Project project;
        try {
            project = RestGenerator.generate(compiled.get().check().network(), mode.get(), RestGenerator.charterVersion());
        } catch (RestGenerationException e) {
            spec.commandLine().getErr().println("charter generate rest: " + e.getMessage());
            return Charter.ExitCode.PROBLEMS;
        }
        for (Map.Entry<String, String> file : project.files().entrySet()) {
            Path target = output.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
        Path archive = output.resolve(project.archivePath());
        Files.createDirectories(archive.getParent());
        NetworkArchives.write(compiled.get(), archive);
        spec.commandLine().getOut().printf("REST service of %s written to %s: %d Java files, the OpenAPI document and %s"
                + " (build it with mvn package)%n", compiled.get().check().network().descriptor().name(), output,
                project.javaSources().size(), project.archivePath());
        return Charter.ExitCode.OK;
    }
}
