package dev.charter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.charter.ledger.card.Card;
import dev.charter.ledger.card.CardException;
import dev.charter.ledger.client.LedgerClient;
import dev.charter.ledger.client.LedgerClientException;
import dev.charter.ledger.identity.IdentityException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** What the commands that talk to a node share: where the node is, and how failures are reported. */
final class LedgerCommands {

    static final String DEFAULT_NODE = "http://127.0.0.1:7050";

    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LedgerCommands() {
    }

    /** {@code --card} (who signs, and where the network is) with {@code --node} / {@code --network} overrides. */
    static final class Connection {
        @Option(names = "--card", paramLabel = "<file>",
                description = "The card of the identity to act as; it names the network and its node.")
        Path card;

        @Option(names = "--node", paramLabel = "<url>",
                description = "The node's URL (default: the card's, else " + DEFAULT_NODE + ").")
        String node;

        @Option(names = "--network", paramLabel = "<name>", description = "The network (default: the card's).")
        String network;

        Card requireCard() {
            if (card == null) {
                throw new IllegalArgumentException("name the identity to act as with --card <file>");
            }
            return Card.read(card);
        }

        LedgerClient client() {
            String url = node != null ? node : card != null ? Card.read(card).connection().node() : DEFAULT_NODE;
            try {
                return new LedgerClient(URI.create(url));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + url + "' is not a node URL such as " + DEFAULT_NODE);
            }
        }

        String network() {
            if (network != null) {
                return network;
            }
            if (card != null) {
                return Card.read(card).connection().network();
            }
            throw new IllegalArgumentException("name the network with --network <name> or --card <file>");
        }
    }

    /** What a command does against a node; it may throw what {@link #run} turns into messages. */
    interface Action {
        int run() throws IOException;
    }

    /**
     * Runs an action and maps its failures to one line on stderr: bad input exits 2; a node that refuses
     * the request or cannot be reached, a refused identity change, or a file that cannot be written exits 1.
     */
    static int run(CommandSpec spec, Action action) {
        PrintWriter err = spec.commandLine().getErr();
        String command = spec.qualifiedName();
        try {
            return action.run();
        } catch (IllegalArgumentException | CardException e) {
            err.println(command + ": " + e.getMessage());
            return Charter.ExitCode.USAGE;
        } catch (LedgerClientException | IdentityException e) {
            err.println(command + ": " + e.getMessage());
            return Charter.ExitCode.PROBLEMS;
        } catch (FileAlreadyExistsException e) {
            err.println(command + ": " + e.getFile() + " exists; remove it first to replace it");
            return Charter.ExitCode.USAGE;
        } catch (NoSuchFileException e) {
            err.println(command + ": no such file: " + e.getFile());
            return Charter.ExitCode.USAGE;
        } catch (IOException | UncheckedIOException e) {
            err.println(command + ": " + e.getMessage());
            return Charter.ExitCode.PROBLEMS;
        }
    }

    static void print(PrintWriter out, JsonNode json) throws IOException {
        out.println(PRETTY.writeValueAsString(json));
    }
}
