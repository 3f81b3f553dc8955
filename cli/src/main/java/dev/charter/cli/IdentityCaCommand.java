package dev.charter.cli;

import picocli.CommandLine.Command;

/** {@code charter identity ca …}: the network's certificate authority. */
@Command(name = "ca", mixinStandardHelpOptions = true, description = "Create a network's certificate authority.",
        subcommands = IdentityCaInitCommand.class)
final class IdentityCaCommand {
}
