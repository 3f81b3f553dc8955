package dev.charter.cli;

import dev.charter.ledger.client.SubmitResult;
import dev.charter.ledger.crypto.Certificate;
import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.Relationship;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code charter identity bind --card admin.card --participant ns.Type#id --certificate x.pem}: bind an existing
 * certificate on the network's node.
 */
@Command(name = "bind", mixinStandardHelpOptions = true,
        description = {"Bind an existing certificate (PEM, ECDSA P-256 or Ed25519 key, from any authority) to a",
                "participant of a network on its node, by a BindIdentity transaction the administrator (--card) signs;",
                "its holder signs with their own key. The identity's name is the certificate's common name."})
final class IdentityBindCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LedgerCommands.Connection connection;

    @Option(names = "--participant", required = true, paramLabel = "<ns.Type#id>",
            description = "The participant the identity acts as, e.g. org.example.loc.Customer#bob.")
    String participant;

    @Option(names = "--certificate", required = true, paramLabel = "<file.pem>", description = "The certificate, PEM.")
    Path certificateFile;

    @Override
    public Integer call() {
        return LedgerCommands.run(spec, () -> {
            Relationship<Participant> who = IdentityCommand.participant(participant);
            if (!Files.isRegularFile(certificateFile)) {
                throw new NoSuchFileException(certificateFile.toString());
            }
            Certificate certificate;
            try {
                certificate = Certificate.ofPem(Files.readString(certificateFile, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(certificateFile + ": " + e.getMessage(), e);
            }
            SubmitResult bound = IdentityCommand.identities(connection)
                    .bind("resource:" + who.type() + "#" + who.id(), certificate);
            spec.commandLine().getOut().printf("Bound identity %s (%s) to %s#%s in block %d%n", certificate.subjectName(),
                    certificate.identityId(), who.type(), who.id(), bound.block());
            return Charter.ExitCode.OK;
        });
    }
}
