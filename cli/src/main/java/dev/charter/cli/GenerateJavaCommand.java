package dev.charter.cli;

import dev.charter.compiler.NetworkCompiler;
import dev.charter.compiler.codegen.NetworkGenerator;
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

/** {@code charter generate java <dir> -o <out>}: the Java sources and model.json of a network. */
@Command(name = "java", mixinStandardHelpOptions = true,
        description = {"Check a network and write its generated Java sources (types, logic, contract) and",
                "META-INF/charter/model.json under the output directory. Problems are printed as by 'charter check'."})
final class GenerateJavaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<dir>", description = "The network directory.")
    Path directory;

    @Option(names = {"-o", "--output"}, paramLabel = "<out>", required = true, description = "Where to write the sources.")
    Path output;

    @Override
    public Integer call() throws IOException {
        Integer usage = Networks.requireNetwork(spec, "generate java", directory);
        if (usage != null) {
            return usage;
        }
        Optional<NetworkCompiler.Compilation> compiled = Networks.compile(spec, "generate java", directory);
        if (compiled.isEmpty()) {
            return Charter.ExitCode.PROBLEMS;
        }
        NetworkCompiler.Compilation compilation = compiled.get();
        NetworkGenerator.Output generated = compilation.output().get();
        for (Map.Entry<String, String> source : generated.javaSources().entrySet()) {
            Path file = output.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
        }
        Path model = output.resolve("META-INF/charter/model.json");
        Files.createDirectories(model.getParent());
        Files.write(model, generated.modelJson());
        Files.write(model.resolveSibling("queries.json"), generated.queriesJson());
        spec.commandLine().getOut().printf("%d Java files, META-INF/charter/model.json and queries.json written to %s (contract %s)%n",
                generated.javaSources().size(), output, generated.contractClass());
        return Charter.ExitCode.OK;
    }
}
