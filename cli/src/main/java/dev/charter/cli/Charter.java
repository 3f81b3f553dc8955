package dev.charter.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code charter} command line. */
@Command(name = "charter",
        mixinStandardHelpOptions = true,
        versionProvider = Charter.Version.class,
        description = "Model business networks in Composer's language, compile them and run them on a ledger.",
        subcommands = {CheckCommand.class, CompileCommand.class, GenerateCommand.class, QueryCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class})
public final class Charter {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (0 ok, 1 problems found, 2 usage, 3 internal error). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** As {@link #run(String...)}, writing to the given streams. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Charter()).setOut(out).setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("charter: internal error: " + exception
                    + " (set CHARTER_DEBUG=1 for the stack trace, and please report it)");
            if (System.getenv("CHARTER_DEBUG") != null) {
                exception.printStackTrace(cmd.getErr());
            }
            return ExitCode.INTERNAL;
        });
        return commandLine.execute(args);
    }

    /** Exit codes of every command. */
    public static final class ExitCode {
        public static final int OK = 0;
        public static final int PROBLEMS = 1;
        public static final int USAGE = 2;
        public static final int INTERNAL = 3;

        private ExitCode() {
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Charter.class.getPackage().getImplementationVersion();
            return new String[] {"charter " + (version == null ? "development build" : version)};
        }
    }
}
