package dev.charter.ledger.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.ledger.card.Card;
import dev.charter.ledger.client.LedgerClient;
import dev.charter.ledger.crypto.Certificate;
import dev.charter.ledger.crypto.SigningKey;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.ledger.tx.TransactionSigner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The node of the HTTP tests: a {@link NodeHost} on a data directory, served by a {@link NodeServer} on a free
 * loopback port in this JVM, and a {@link LedgerClient} of it. Closing it stops the server and the networks; a
 * test restarts the node by starting another on the same directory.
 */
final class ServedNode implements AutoCloseable {

    private final NodeServer server;
    private final LedgerClient client;

    private ServedNode(NodeServer server) {
        this.server = server;
        this.client = new LedgerClient(URI.create("http://127.0.0.1:" + server.port()));
    }

    /** Serves the networks of {@code data}; the node's log is dropped. */
    static ServedNode start(Path data) throws IOException {
        return start(data, new PrintWriter(new StringWriter(), true));
    }

    /** Serves the networks of {@code data}, logging to {@code log}. */
    static ServedNode start(Path data, PrintWriter log) throws IOException {
        return new ServedNode(NodeServer.start(NodeHost.open(data, Clock.systemUTC(), log),
                new InetSocketAddress("127.0.0.1", 0)));
    }

    LedgerClient client() {
        return client;
    }

    /**
     * Deploys the network {@code archive} with {@code adminKey}'s holder as its administrator.
     *
     * @return the administrator's card, its certificate the one the node answered
     */
    Card deploy(Path archive, SigningKey adminKey) throws IOException {
        JsonNode deployed = client.deploy(Files.readAllBytes(archive), adminKey.publicKey().subjectPublicKeyInfo());
        return Card.of(connection(deployed.get("network").asText()),
                Certificate.ofPem(deployed.get("adminCertificate").asText()), adminKey);
    }

    /** A card's connection to {@code network} on this node. */
    Card.Connection connection(String network) {
        return new Card.Connection(network, client.node().toString());
    }

    /** The transaction (or read request) in {@code json}, signed now with {@code card}'s key. */
    static SignedTransaction signed(Card card, String json) {
        return TransactionSigner.of(card).sign(json.getBytes(UTF_8), Instant.now());
    }

    /** {@code GET} of {@code path} (under the node's base URL), as a client other than {@link LedgerClient} sends it. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(client.node().resolve(path)).GET());
    }

    /** {@code POST} of {@code body} to {@code path}, as a client other than {@link LedgerClient} sends it. */
    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(client.node().resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
    }
}
