package dev.charter.cli;

import picocli.CommandLine.Command;

/** {@code charter node …}: run a ledger node. */
@Command(name = "node", mixinStandardHelpOptions = true, description = "Run a ledger node.",
        subcommands = NodeStartCommand.class)
final class NodeCommand {
}
