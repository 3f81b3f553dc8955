package dev.charter.cli;

import picocli.CommandLine.Command;

/** {@code charter ledger …}: commands on a ledger node's data. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "Work with a ledger node's data directory.",
        subcommands = {LedgerVerifyCommand.class})
final class LedgerCommand {
}
