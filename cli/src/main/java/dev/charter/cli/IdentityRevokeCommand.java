package dev.charter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.ledger.client.NetworkIdentities;
import dev.charter.ledger.client.SubmitResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charter identity revoke --card admin.card <identity>}: revoke an identity on the network's node. */
@Command(name = "revoke", mixinStandardHelpOptions = true,
        description = {"Revoke an identity of a network on its node for good, by a RevokeIdentity transaction the",
                "administrator (--card) signs: its transactions and reads are refused from then on."})
final class IdentityRevokeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LedgerCommands.Connection connection;

    @Parameters(paramLabel = "<identity>", description = "The identity's id (64 hex digits) or the name of a live one.")
    String identity;

    @Override
    public Integer call() {
        return LedgerCommands.run(spec, () -> {
            NetworkIdentities identities = IdentityCommand.identities(connection);
            JsonNode record = identities.find(identity);
            SubmitResult revoked = identities.revoke(record.get("identityId").asText());
            spec.commandLine().getOut().printf("Revoked identity %s (%s) in block %d%n", record.get("name").asText(),
                    record.get("identityId").asText(), revoked.block());
            return Charter.ExitCode.OK;
        });
    }
}
