package dev.charter.cli;

import dev.charter.compiler.NetworkCompiler;
import dev.charter.compiler.model.Descriptor;
import dev.charter.runtime.archive.ArchiveManifest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charter compile <dir> [-o network.cna]}: the network archive a ledger deploys. */
@Command(name = "compile", mixinStandardHelpOptions = true,
        description = {"Check a network, generate and compile its contract, and write the network archive (.cna):",
                "compiled classes, generated sources, the network's own files and a manifest with its content hash.",
                "Problems are printed as by 'charter check'; exit code 1 when there are errors."})
final class CompileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<dir>", description = "The network directory.")
    Path directory;

    @Option(names = {"-o", "--output"}, paramLabel = "<file>",
            description = "The archive to write (default: <name>@<version>.cna in the current directory).")
    Path output;

    @Override
    public Integer call() throws IOException {
        Integer usage = Networks.requireNetwork(spec, "compile", directory);
        if (usage != null) {
            return usage;
        }
        Optional<NetworkCompiler.Compilation> compiled = Networks.compile(spec, "compile", directory);
        if (compiled.isEmpty()) {
            return Charter.ExitCode.PROBLEMS;
        }
        NetworkCompiler.Compilation compilation = compiled.get();
        Descriptor descriptor = compilation.check().network().descriptor();
        Path file = output != null ? output : Path.of(descriptor.name() + "@" + descriptor.version() + ".cna");
        ArchiveManifest manifest = NetworkArchives.write(compilation, file);
        spec.commandLine().getOut().printf("%s %s → %s (%s)%n", manifest.name(), manifest.version(), file,
                manifest.contentHash());
        return Charter.ExitCode.OK;
    }
}
