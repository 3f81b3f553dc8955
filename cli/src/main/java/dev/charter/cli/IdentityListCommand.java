package dev.charter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code charter identity list --card admin.card [--json]}: the identities of a network on its node. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the identities of a network on its node, revoked ones included, by name: name, state,",
                "participant and identity id, one per line under a header; with --json, the records as the network",
                "holds them. Read as the card's identity, under the network's access rules."})
final class IdentityListCommand implements Callable<Integer> {

    private static final String RESOURCE = "resource:";

    @Spec
    CommandSpec spec;

    @Mixin
    LedgerCommands.Connection connection;

    @Option(names = "--json", description = "Print a JSON array of the identity records (certificates included).")
    boolean json;

    @Override
    public Integer call() {
        return LedgerCommands.run(spec, () -> {
            List<JsonNode> identities = new ArrayList<>(IdentityCommand.identities(connection).list());
            identities.sort(Comparator.comparing((JsonNode identity) -> identity.path("name").asText())
                    .thenComparing(identity -> identity.path("identityId").asText()));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                LedgerCommands.print(out, JsonNodeFactory.instance.arrayNode().addAll(identities));
                return Charter.ExitCode.OK;
            }
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"NAME", "STATE", "PARTICIPANT", "IDENTITY ID"});
            for (JsonNode identity : identities) {
                String participant = identity.path("participant").asText();
                rows.add(new String[] {identity.path("name").asText(), identity.path("state").asText(),
                        participant.startsWith(RESOURCE) ? participant.substring(RESOURCE.length()) : participant,
                        identity.path("identityId").asText()});
            }
            int[] widths = new int[3];
            for (String[] row : rows) {
                for (int column = 0; column < widths.length; column++) {
                    widths[column] = Math.max(widths[column], row[column].length());
                }
            }
            String format = "%-" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2] + "s  %s%n";
            for (String[] row : rows) {
                out.printf(format, (Object[]) row);
            }
            return Charter.ExitCode.OK;
        });
    }
}
