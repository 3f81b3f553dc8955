package dev.charter.cli;

import dev.charter.ledger.card.Card;
import dev.charter.ledger.client.NetworkIdentities;
import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.identity.IdentityException;
import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.Relationship;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code charter identity issue --card admin.card --participant ns.Type#id --out x.card}: a new identity on a
 * network a node hosts ({@link NetworkIdentities}); with {@code --ca <dir>} instead of {@code --card}, in an
 * offline certificate authority directory.
 */
@Command(name = "issue", mixinStandardHelpOptions = true,
        description = {"Issue a new identity for a participant and write its card (0600): a new key pair made here and a",
                "certificate for it from the network's certificate authority. With --card (the administrator's card),",
                "on the network's node: the administrator binds it with a BindIdentity transaction. With --ca, in an",
                "offline CA directory, recorded with state ISSUED."})
final class IdentityIssueCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    IdentityCommand.CaOption ca;

    @Mixin
    LedgerCommands.Connection connection;

    @Mixin
    IdentityCommand.Holder holder;

    @Option(names = "--algorithm", defaultValue = "ecdsa-p256", paramLabel = "<algorithm>",
            description = "ecdsa-p256 (Fabric's) or ed25519 (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--out", required = true, paramLabel = "<file>", description = "The card file to write (a new file).")
    Path out;

    @Override
    public Integer call() {
        if (connection.card == null) {
            return IdentityCommand.run(spec, () -> {
                Relationship<Participant> who = holder.participant();
                Card card = ca.open().issue(who, holder.name(), KeyAlgorithm.fromId(algorithm), out, Instant.now());
                spec.commandLine().getOut().printf("Issued identity %s (%s) for %s#%s → %s%n", card.user(),
                        card.identityId(), who.type(), who.id(), out);
            });
        }
        return LedgerCommands.run(spec, () -> {
            if (Files.exists(out)) {
                throw new FileAlreadyExistsException(out.toString());
            }
            Relationship<Participant> who = holder.participant();
            KeyAlgorithm keys = KeyAlgorithm.fromId(algorithm);
            Card admin = connection.requireCard();
            NetworkIdentities.Issued issued;
            try {
                issued = new NetworkIdentities(connection.client(), admin, Clock.systemUTC())
                        .issue(who, holder.name(), keys);
            } catch (IdentityException e) {
                spec.commandLine().getErr().println(spec.qualifiedName() + ": " + e.getMessage());
                return Charter.ExitCode.PROBLEMS;
            }
            issued.card().write(out);
            spec.commandLine().getOut().printf("Issued identity %s (%s) for %s#%s in block %d → %s%n", issued.card().user(),
                    issued.card().identityId(), who.type(), who.id(), issued.binding().block(), out);
            return Charter.ExitCode.OK;
        });
    }
}
