package dev.charter.cli;

import dev.charter.ledger.card.Card;
import dev.charter.ledger.client.SubmitResult;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.ledger.tx.TransactionSigner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charter submit --card alice.card '<transaction JSON>' | --file tx.json}: sign and submit one transaction. */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = {"Sign a transaction (Composer's JSON, with its $class) with a card's key and submit it to the",
                "card's network. Waits until its block is durable and prints how it ended: exit code 0 committed,",
                "1 refused (the reason is printed)."})
final class SubmitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LedgerCommands.Connection connection;

    @Parameters(paramLabel = "<transaction>", arity = "0..1", description = "The transaction's JSON.")
    String transaction;

    @Option(names = {"-f", "--file"}, paramLabel = "<file>", description = "A file holding the transaction's JSON.")
    Path file;

    @Option(names = "--no-wait", description = "Return once the node has admitted the transaction for ordering.")
    boolean noWait;

    @Override
    public Integer call() {
        return LedgerCommands.run(spec, () -> {
            if ((transaction == null) == (file == null)) {
                throw new IllegalArgumentException("give the transaction's JSON either as the argument or with --file");
            }
            Card card = connection.requireCard();
            byte[] json = file != null ? Files.readAllBytes(file) : transaction.getBytes(StandardCharsets.UTF_8);
            SignedTransaction signed = TransactionSigner.of(card).sign(json, Instant.now());
            SubmitResult result = connection.client().submit(connection.network(), signed, !noWait);
            if (result.refused()) {
                spec.commandLine().getErr().println(spec.qualifiedName() + ": " + result);
                return Charter.ExitCode.PROBLEMS;
            }
            spec.commandLine().getOut().println(result);
            return Charter.ExitCode.OK;
        });
    }
}
