package dev.charter.cli;

import dev.charter.compiler.CheckResult;
import dev.charter.compiler.NetworkChecker;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charter check <dir>}: report every problem in a network, or nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Parse, link and check a business network: models/*.cto, permissions.acl, queries.qry, logic/*.logic.",
                "Exit code 0 when there are no errors, 1 when there are, 2 for usage errors."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<dir>", description = "The network directory.")
    Path directory;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    DiagnosticPrinter.Format format;

    @Option(names = "--color", paramLabel = "auto|always|never", defaultValue = "auto",
            description = "Colour the output: auto colours only on a terminal (default: ${DEFAULT-VALUE}).")
    DiagnosticPrinter.ColorMode color;

    @Override
    public Integer call() {
        Integer usage = Networks.requireNetwork(spec, "check", directory);
        if (usage != null) {
            return usage;
        }
        CheckResult result = new NetworkChecker().check(directory);
        new DiagnosticPrinter(spec.commandLine().getOut(), format, color.enabled()).print(directory, result);
        return result.hasErrors() ? Charter.ExitCode.PROBLEMS : Charter.ExitCode.OK;
    }
}
