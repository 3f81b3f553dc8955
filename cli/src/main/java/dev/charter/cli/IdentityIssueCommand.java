package dev.charter.cli;

import dev.charter.ledger.client.NetworkIdentities;
import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.Relationship;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code charter identity issue --card admin.card --participant ns.Type#id --out x.card}: a new identity on the
 * network's node ({@link NetworkIdentities#issue}).
 */
@Command(name = "issue", mixinStandardHelpOptions = true,
        description = {"Issue a new identity for a participant of a network on its node and write its card (0600): a",
                "new key pair made here, a certificate for it from the network's certificate authority, bound to",
                "the participant by a BindIdentity transaction the administrator (--card) signs."})
final class IdentityIssueCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LedgerCommands.Connection connection;

    @Option(names = "--participant", required = true, paramLabel = "<ns.Type#id>",
            description = "The participant the identity acts as, e.g. org.example.loc.Customer#alice.")
    String participant;

    @Option(names = "--name", paramLabel = "<name>",
            description = "The identity's name, its certificate's common name (default: the participant's id).")
    String name;

    @Option(names = "--algorithm", defaultValue = "ecdsa-p256", paramLabel = "<algorithm>",
            description = "ecdsa-p256 (Fabric's) or ed25519 (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--out", required = true, paramLabel = "<file>", description = "The card file to write (a new file).")
    Path out;

    @Override
    public Integer call() {
        return LedgerCommands.run(spec, () -> {
            if (Files.exists(out)) {
                throw new FileAlreadyExistsException(out.toString());
            }
            Relationship<Participant> who = IdentityCommand.participant(participant);
            KeyAlgorithm keys = KeyAlgorithm.fromId(algorithm);
            NetworkIdentities.Issued issued = IdentityCommand.identities(connection)
                    .issue(who, name != null ? name : who.id(), keys);
            issued.card().write(out);
            spec.commandLine().getOut().printf("Issued identity %s (%s) for %s#%s in block %d → %s%n", issued.card().user(),
                    issued.card().identityId(), who.type(), who.id(), issued.binding().block(), out);
            return Charter.ExitCode.OK;
        });
    }
}
