package dev.charter.cli;

import dev.charter.runtime.resource.Identity;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code charter identity list}: the network's identities. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the network's identities: id, state, name and participant, one per line.")
final class IdentityListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    IdentityCommand.CaOption ca;

    @Override
    public Integer call() {
        return IdentityCommand.run(spec, () -> {
            PrintWriter out = spec.commandLine().getOut();
            for (Identity identity : ca.open().registry().all()) {
                out.printf("%s  %-9s  %s  %s#%s%n", identity.getIdentityId(), identity.getState(), identity.getName(),
                        identity.getParticipant().type(), identity.getParticipant().id());
            }
        });
    }
}
