package dev.charter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.ledger.card.Card;
import dev.charter.ledger.client.LedgerClientException;
import dev.charter.ledger.client.NetworkReader;
import dev.charter.ledger.client.ReadPage;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code charter query …}: read a network on a node, printed as JSON. Every read but {@code network} is signed
 * as the card's identity: resources, their history, named queries ({@code run}) and ad-hoc statements
 * ({@code where}) are answered under the network's access rules; a transaction's status, blocks and events are
 * the chain's, which any member of the network may read.
 */
@Command(name = "query", mixinStandardHelpOptions = true, subcommands = QueryPlanCommand.class,
        description = {"Read a network on a node, as JSON: resources, their history, named queries (run) and ad-hoc",
                "statements (where) as the card's participant, under the network's access rules; transactions, blocks",
                "and events of the chain, which any member may read. Every read but network is signed with the card's",
                "key (--card; --node overrides the card's node)."})
final class QueryCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    LedgerCommands.Connection connection;

    @Command(name = "network", description = "The network's name, version, content hash and height.")
    int network() {
        return LedgerCommands.run(spec, () -> {
            LedgerCommands.print(spec.commandLine().getOut(), connection.client().network(connection.network()));
            return Charter.ExitCode.OK;
        });
    }

    /** Which part of a list to print. */
    static final class PageOptions {
        @Option(names = "--limit", defaultValue = "100", paramLabel = "<n>", description = "At most this many items"
                + " (1 to 1000; default 100).")
        int limit;

        @Option(names = "--skip", defaultValue = "0", paramLabel = "<n>", description = "Leave out this many first.")
        int skip;

        @Option(names = "--cursor", paramLabel = "<cursor>", description = "Go on after the page that printed this"
                + " nextCursor.")
        String cursor;

        @Option(names = "--order-by", paramLabel = "<field>", description = "Order by this field (a.b for a concept's"
                + " field) instead of the identifier.")
        String orderBy;

        @Option(names = "--desc", description = "Reverse the order.")
        boolean descending;

        ReadPage.Request request() {
            return new ReadPage.Request(limit, skip, cursor, orderBy, descending);
        }
    }

    /** Reads as the card's identity, signed with its key, and prints the answer. */
    private int read(Read read) {
        return LedgerCommands.run(spec, () -> {
            LedgerCommands.print(spec.commandLine().getOut(), read.run(reader()));
            return Charter.ExitCode.OK;
        });
    }

    private NetworkReader reader() {
        Card card = connection.requireCard();
        if (connection.network != null && !connection.network.equals(card.connection().network())) {
            throw new IllegalArgumentException("the identity of " + connection.card + " is one of network "
                    + card.connection().network() + ", not of " + connection.network);
        }
        return new NetworkReader(connection.client(), card);
    }

    private interface Read {
        JsonNode run(NetworkReader reader);
    }

    private static JsonNode page(ReadPage page) {
        ObjectNode json = JSON.createObjectNode();
        json.putArray("items").addAll(page.items());
        return json.put("nextCursor", page.nextCursor());
    }

    /** {@code name=value} arguments as query parameters. */
    private static Map<String, String> parameters(List<String> arguments) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String argument : arguments == null ? List.<String>of() : arguments) {
            int equals = argument.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("a query parameter is <name>=<value>, not '" + argument + "'");
            }
            parameters.put(argument.substring(0, equals), argument.substring(equals + 1));
        }
        return parameters;
    }

    @Command(name = "resource", description = "One asset or participant, or a page of every one of a type when no id is"
            + " given, that the card's participant may read.")
    int resource(@Parameters(paramLabel = "<type>", description = "The qualified type, e.g. org.example.loc.Bank.")
            String type, @Parameters(paramLabel = "<id>", arity = "0..1") String id, @Mixin PageOptions page) {
        return read(reader -> id == null ? page(reader.resources(type, page.request()))
                : reader.resource(type, id).orElseThrow(() -> new LedgerClientException(404, "Object with ID '" + id
                        + "' in collection with ID '" + type + "' does not exist")));
    }

    @Command(name = "history", description = "Every version of an asset or participant, oldest first, with the"
            + " transaction that wrote it and its time.")
    int history(@Parameters(paramLabel = "<type>") String type, @Parameters(paramLabel = "<id>") String id) {
        return read(reader -> JSON.valueToTree(reader.history(type, id)));
    }

    @Command(name = "run", description = {"Run a named query of the network's queries.qry, as the card's participant.",
            "Parameters are <name>=<value>; values are converted to the types of the fields they are compared with."})
    int run(@Parameters(index = "0", paramLabel = "<query>") String query,
            @Parameters(index = "1..*", paramLabel = "<name=value>") List<String> arguments, @Mixin PageOptions page) {
        return read(reader -> page(reader.query(query, parameters(arguments), page.request())));
    }

    @Command(name = "where", description = {"Run an ad-hoc SELECT <type> WHERE (<condition>) as the card's participant.",
            "The condition is written as in queries.qry, e.g. 'status == _$status'; parameters are <name>=<value>."})
    int where(@Parameters(index = "0", paramLabel = "<type>") String type,
            @Parameters(index = "1", paramLabel = "<condition>") String condition,
            @Parameters(index = "2..*", paramLabel = "<name=value>") List<String> arguments, @Mixin PageOptions page) {
        return read(reader -> page(reader.where(type, condition, parameters(arguments), page.request())));
    }

    @Command(name = "transaction", description = {"A transaction's status (committed or refused, and why), block and",
            "payload. One refused before ordering is told only to the identity that signed it and the administrator."})
    int transaction(@Parameters(paramLabel = "<id>") String id) {
        return read(reader -> reader.status(id).orElseThrow(() -> new LedgerClientException(404, "Network "
                + reader.network() + " has no transaction " + id)));
    }

    @Command(name = "block", description = "A block: header hashes, transactions and their outcomes.")
    int block(@Parameters(paramLabel = "<number>") long number) {
        return read(reader -> reader.block(number));
    }

    @Command(name = "events", description = "Events from a block on, one JSON object a line; follows new blocks"
            + " until --limit events were printed (or forever).")
    int events(@Option(names = "--from", defaultValue = "0", paramLabel = "<block>") long from,
            @Option(names = "--limit", defaultValue = "0", paramLabel = "<n>",
                    description = "Stop after this many events; 0 follows forever.") long limit) {
        return LedgerCommands.run(spec, () -> {
            PrintWriter out = spec.commandLine().getOut();
            AtomicLong printed = new AtomicLong();
            reader().events(from, event -> {
                out.println(event.toString());
                out.flush();
                return limit <= 0 || printed.incrementAndGet() < limit;
            });
            return Charter.ExitCode.OK;
        });
    }
}
