package dev.charter.cli;

import dev.charter.ledger.crypto.Certificate;
import dev.charter.ledger.identity.CaDirectory;
import dev.charter.runtime.resource.Identity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code charter identity bind --participant ns.Type#id --certificate x.pem}: bind an existing certificate. */
@Command(name = "bind", mixinStandardHelpOptions = true,
        description = {"Bind an existing certificate (PEM, ECDSA P-256 or Ed25519 key, from any authority) to a",
                "participant; its holder signs with their own key. Recorded with state BOUND."})
final class IdentityBindCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    IdentityCommand.CaOption ca;

    @Option(names = "--participant", required = true, paramLabel = "<ns.Type#id>",
            description = "The participant the identity acts as, e.g. org.example.loc.Customer#bob.")
    String participant;

    @Option(names = "--certificate", required = true, paramLabel = "<file.pem>", description = "The certificate, PEM.")
    Path certificateFile;

    @Override
    public Integer call() {
        return IdentityCommand.run(spec, () -> {
            if (!Files.isRegularFile(certificateFile)) {
                throw new IllegalArgumentException(certificateFile + ": no such file");
            }
            Certificate certificate;
            try {
                certificate = Certificate.ofPem(Files.readString(certificateFile, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(certificateFile + ": " + e.getMessage(), e);
            }
            Identity bound = ca.open().bind(CaDirectory.participant(participant), certificate);
            spec.commandLine().getOut().printf("Bound identity %s (%s) to %s%n", bound.getName(),
                    bound.getIdentityId(), participant);
        });
    }
}
