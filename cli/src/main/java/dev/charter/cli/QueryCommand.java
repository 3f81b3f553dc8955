package dev.charter.cli;

import dev.charter.ledger.client.LedgerClient;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code charter query …}: read a network on a node — its resources, their history, transactions,
 * blocks and events — printed as JSON.
 */
@Command(name = "query", mixinStandardHelpOptions = true, subcommands = QueryPlanCommand.class,
        description = {"Read a network on a node: resources, their history, transactions, blocks and events, as JSON.",
                "Name the network with --card (or --node and --network)."})
final class QueryCommand {

    @Spec
    CommandSpec spec;

    @Mixin
    LedgerCommands.Connection connection;

    private int print(Query query) {
        return LedgerCommands.run(spec, () -> {
            LedgerCommands.print(spec.commandLine().getOut(), query.run(connection.client(), connection.network()));
            return Charter.ExitCode.OK;
        });
    }

    private interface Query {
        com.fasterxml.jackson.databind.JsonNode run(LedgerClient client, String network);
    }

    @Command(name = "network", description = "The network's name, version, content hash and height.")
    int network() {
        return print(LedgerClient::network);
    }

    @Command(name = "resource", description = "One asset or participant, or every one of a type when no id is given.")
    int resource(@Parameters(paramLabel = "<type>", description = "The qualified type, e.g. org.example.loc.Bank.")
            String type, @Parameters(paramLabel = "<id>", arity = "0..1") String id) {
        return print((client, network) -> id == null ? client.resources(network, type)
                : client.resource(network, type, id));
    }

    @Command(name = "history", description = "Every version of an asset or participant, oldest first, with the"
            + " transaction that wrote it.")
    int history(@Parameters(paramLabel = "<type>") String type, @Parameters(paramLabel = "<id>") String id) {
        return print((client, network) -> client.history(network, type, id));
    }

    @Command(name = "transaction", description = "A transaction's status (committed or refused, and why), block and"
            + " payload.")
    int transaction(@Parameters(paramLabel = "<id>") String id) {
        return print((client, network) -> client.transaction(network, id));
    }

    @Command(name = "block", description = "A block: header hashes, transactions and their outcomes.")
    int block(@Parameters(paramLabel = "<number>") long number) {
        return print((client, network) -> client.block(network, number));
    }

    @Command(name = "events", description = "Events from a block on, one JSON object a line; follows new blocks"
            + " until --limit events were printed (or forever).")
    int events(@Option(names = "--from", defaultValue = "0", paramLabel = "<block>") long from,
            @Option(names = "--limit", defaultValue = "0", paramLabel = "<n>",
                    description = "Stop after this many events; 0 follows forever.") long limit) {
        return LedgerCommands.run(spec, () -> {
            PrintWriter out = spec.commandLine().getOut();
            AtomicLong printed = new AtomicLong();
            connection.client().events(connection.network(), from, event -> {
                out.println(event.toString());
                out.flush();
                return limit <= 0 || printed.incrementAndGet() < limit;
            });
            return Charter.ExitCode.OK;
        });
    }
}
