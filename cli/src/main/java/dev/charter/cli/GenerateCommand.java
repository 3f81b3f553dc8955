package dev.charter.cli;

import picocli.CommandLine.Command;

/** {@code charter generate …}: write generated code for people to read or extend. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write the code Charter generates from a network.",
        subcommands = {GenerateJavaCommand.class, GenerateRestCommand.class})
final class GenerateCommand {
}
