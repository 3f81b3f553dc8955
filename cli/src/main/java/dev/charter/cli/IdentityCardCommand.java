package dev.charter.cli;

import dev.charter.ledger.card.Card;
import dev.charter.ledger.crypto.Certificate;
import dev.charter.runtime.json.IsoTime;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charter identity card <file>}: read a card and say whose it is. */
@Command(name = "card", mixinStandardHelpOptions = true,
        description = {"Read a card file, check that its key is its certificate's, and print what it holds",
                "(never the private key)."})
final class IdentityCardCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<file>", description = "The card file.")
    Path file;

    @Override
    public Integer call() {
        return LedgerCommands.run(spec, () -> {
            Card card = Card.read(file);
            Certificate certificate = card.certificate();
            spec.commandLine().getOut().printf("card:        %s%nuser:        %s%nnetwork:     %s at %s%n"
                    + "identity:    %s%nalgorithm:   %s%ncertificate: issued by %s, valid from %s to %s%n",
                    card.name(), card.user(), card.connection().network(), card.connection().node(), card.identityId(),
                    card.key().algorithm(), certificate.issuerName(), IsoTime.format(certificate.notBefore()),
                    IsoTime.format(certificate.notAfter()));
            return Charter.ExitCode.OK;
        });
    }
}
