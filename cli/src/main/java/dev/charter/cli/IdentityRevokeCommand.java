package dev.charter.cli;

import dev.charter.runtime.resource.Identity;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charter identity revoke <identity>}: revoke an identity for good. */
@Command(name = "revoke", mixinStandardHelpOptions = true,
        description = "Revoke an identity for good: transactions signed with its key are refused from then on.")
final class IdentityRevokeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    IdentityCommand.CaOption ca;

    @Parameters(paramLabel = "<identity>", description = "The identity's id (64 hex digits) or name.")
    String identity;

    @Override
    public Integer call() {
        return IdentityCommand.run(spec, () -> {
            Identity revoked = ca.open().revoke(identity);
            spec.commandLine().getOut().printf("Revoked identity %s (%s)%n", revoked.getName(), revoked.getIdentityId());
        });
    }
}
