package dev.charter.cli;

import dev.charter.ledger.card.CardException;
import dev.charter.ledger.identity.CaDirectory;
import dev.charter.ledger.identity.IdentityException;
import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.Relationship;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code charter identity …}: a network's certificate authority, identities and cards, kept in a local
 * CA directory until a node hosts the network ({@link CaDirectory}).
 */
@Command(name = "identity", mixinStandardHelpOptions = true,
        description = {"Issue, bind and revoke the identities of a network, and write their cards: 'identity issue",
                "--card admin.card' on the network's node; otherwise offline on a certificate authority directory made",
                "by 'charter identity ca init'."},
        subcommands = {IdentityCaCommand.class, IdentityIssueCommand.class, IdentityBindCommand.class,
                IdentityRevokeCommand.class, IdentityListCommand.class, IdentityCardCommand.class})
final class IdentityCommand {

    /** Whom a new identity is for, as {@code identity issue} takes it. */
    static final class Holder {
        @Option(names = "--participant", required = true, paramLabel = "<ns.Type#id>",
                description = "The participant the identity acts as, e.g. org.example.loc.Customer#alice.")
        String participant;

        @Option(names = "--name", paramLabel = "<name>",
                description = "The identity's name, its certificate's common name (default: the participant's id).")
        String name;

        /** @throws IllegalArgumentException when the participant is not written {@code ns.Type#id} */
        Relationship<Participant> participant() {
            return CaDirectory.participant(participant);
        }

        String name() {
            return name != null ? name : participant().id();
        }
    }

    /** The {@code --ca <dir>} option of the subcommands. */
    static final class CaOption {
        @Option(names = "--ca", paramLabel = "<dir>", defaultValue = "ca",
                description = "The certificate authority directory (default: ${DEFAULT-VALUE}).")
        Path dir;

        CaDirectory open() throws IOException {
            if (!Files.isRegularFile(dir.resolve(CaDirectory.NETWORK_FILE))) {
                throw new IllegalArgumentException(dir + " is not a certificate authority directory: it has no "
                        + CaDirectory.NETWORK_FILE + " (create one with: charter identity ca init --network <name> --ca "
                        + dir + ")");
            }
            return CaDirectory.open(dir);
        }
    }

    /** What a subcommand does; it may throw the exceptions {@link #run} turns into messages. */
    interface Action {
        void run() throws IOException;
    }

    /**
     * Runs an action and maps its failures to one line on stderr: bad input exits 2, a refusal by the
     * network's rules or a file that cannot be written exits 1.
     */
    static int run(CommandSpec spec, Action action) {
        String command = spec.qualifiedName();
        try {
            action.run();
            return Charter.ExitCode.OK;
        } catch (IllegalArgumentException | CardException e) {
            spec.commandLine().getErr().println(command + ": " + e.getMessage());
            return Charter.ExitCode.USAGE;
        } catch (FileAlreadyExistsException e) {
            spec.commandLine().getErr().println(command + ": " + e.getFile() + " exists; remove it first to replace it");
            return Charter.ExitCode.USAGE;
        } catch (IdentityException e) {
            spec.commandLine().getErr().println(command + ": " + e.getMessage());
            return Charter.ExitCode.PROBLEMS;
        } catch (IOException e) {
            spec.commandLine().getErr().println(command + ": cannot read or write " + e.getMessage());
            return Charter.ExitCode.PROBLEMS;
        }
    }
}
