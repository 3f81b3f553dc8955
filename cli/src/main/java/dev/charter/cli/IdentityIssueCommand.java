package dev.charter.cli;

import dev.charter.ledger.card.Card;
import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.Relationship;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code charter identity issue --participant ns.Type#id --out x.card}: a new identity and its card. */
@Command(name = "issue", mixinStandardHelpOptions = true,
        description = {"Issue a new identity for a participant: a new key pair and a certificate from the network's",
                "certificate authority, written as a card (0600), and recorded with state ISSUED."})
final class IdentityIssueCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    IdentityCommand.CaOption ca;

    @Mixin
    IdentityCommand.Holder holder;

    @Option(names = "--algorithm", defaultValue = "ecdsa-p256", paramLabel = "<algorithm>",
            description = "ecdsa-p256 (Fabric's) or ed25519 (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--out", required = true, paramLabel = "<file>", description = "The card file to write (a new file).")
    Path out;

    @Override
    public Integer call() {
        return IdentityCommand.run(spec, () -> {
            Relationship<Participant> who = holder.participant();
            KeyAlgorithm keys = KeyAlgorithm.fromId(algorithm);
            Card card = ca.open().issue(who, holder.name(), keys, out, Instant.now());
            spec.commandLine().getOut().printf("Issued identity %s (%s) for %s#%s → %s%n", card.user(),
                    card.identityId(), who.type(), who.id(), out);
        });
    }
}
