package dev.charter.cli;

import dev.charter.ledger.card.Card;
import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.identity.CaDirectory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code charter identity ca init --network <name>}: a new certificate authority and the network administrator's card. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create a network's certificate authority (a self-signed root) in a new directory, and deploy",
                "its administrator: identity 'admin' for NetworkAdmin#admin, whose card is <dir>/admin.card."})
final class IdentityCaInitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    IdentityCommand.CaOption ca;

    @Option(names = "--network", required = true, paramLabel = "<name>", description = "The network's name.")
    String network;

    @Option(names = "--node", defaultValue = "http://localhost:7050", paramLabel = "<url>",
            description = "The URL of the network's node, written into cards (default: ${DEFAULT-VALUE}).")
    String node;

    @Option(names = "--algorithm", defaultValue = "ecdsa-p256", paramLabel = "<algorithm>",
            description = "The keys of the root and the administrator: ecdsa-p256 (Fabric's) or ed25519"
                    + " (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Override
    public Integer call() {
        return IdentityCommand.run(spec, () -> {
            CaDirectory created = CaDirectory.init(ca.dir, network, node, KeyAlgorithm.fromId(algorithm), Instant.now());
            Path adminCard = ca.dir.resolve(CaDirectory.ADMIN_CARD);
            Card admin = Card.read(adminCard);
            spec.commandLine().getOut().printf("Created the certificate authority of network %s in %s (%s)%n"
                    + "Network administrator: identity %s, card %s%n", network, ca.dir,
                    created.authority().certificate().publicKey().algorithm(), admin.identityId(), adminCard);
        });
    }
}
