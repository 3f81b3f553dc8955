package dev.charter.cli;

import picocli.CommandLine.Command;

/** {@code charter bench …}: built-in benchmarks that print figures. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure Charter on this machine and print the figures.",
        subcommands = {BenchCheckCommand.class, BenchTradeCommand.class, BenchQueryCommand.class,
                BenchRecallCommand.class, BenchSignCommand.class, BenchLedgerCommand.class, BenchRestCommand.class})
final class BenchCommand {
}
