package dev.charter.cli;

import dev.charter.compiler.NetworkCompiler;
import dev.charter.compiler.codegen.UnsupportedLogicException;
import dev.charter.compiler.load.NetworkLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/** Argument checks shared by the commands that take a network directory. */
final class Networks {

    private Networks() {
    }

    /** Null when {@code directory} holds a network; otherwise prints why not and returns the usage exit code. */
    static Integer requireNetwork(CommandSpec spec, String command, Path directory) {
        var err = spec.commandLine().getErr();
        if (!Files.isDirectory(directory)) {
            err.println("charter " + command + ": " + directory + " is not a directory");
            return Charter.ExitCode.USAGE;
        }
        if (!NetworkLoader.hasModelFiles(directory)) {
            err.println("charter " + command + ": no model files in " + directory
                    + " (a network keeps its types in models/*.cto)");
            return Charter.ExitCode.USAGE;
        }
        return null;
    }

    /**
     * Compiles the network, printing its diagnostics as {@code charter check} does; empty when it has
     * errors (or logic the generator cannot translate yet, which is printed too).
     */
    static Optional<NetworkCompiler.Compilation> compile(CommandSpec spec, String command, Path directory) {
        NetworkCompiler.Compilation compilation;
        try {
            compilation = new NetworkCompiler().compile(directory);
        } catch (UnsupportedLogicException e) {
            spec.commandLine().getErr().println("charter " + command + ": " + e.getMessage());
            return Optional.empty();
        }
        if (!compilation.check().diagnostics().isEmpty()) {
            new DiagnosticPrinter(spec.commandLine().getOut(), DiagnosticPrinter.Format.text, false)
                    .print(directory, compilation.check());
        }
        return compilation.output().isPresent() ? Optional.of(compilation) : Optional.empty();
    }
}
