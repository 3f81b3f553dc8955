package dev.charter.ledger.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.charter.ledger.block.Block;
import dev.charter.ledger.client.SubmitResult;
import dev.charter.ledger.client.TransactionBatch;
import dev.charter.ledger.crypto.Certificate;
import dev.charter.ledger.crypto.VerifyingKey;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.runtime.state.StateKeys;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The node's protocol (docs/ledger-protocol.md): HTTP/1.1 and JSON on the JDK's own server
 * ({@code com.sun.net.httpserver}), with one binary body — a batch of signed transactions. Routes, all
 * under {@code /v1/networks}:
 * <pre>
 * GET  /v1/networks                                  the hosted networks
 * POST /v1/networks?adminKey=…                       deploy (body: the .cna)
 * GET  /v1/networks/{n}                              name, version, content hash, height
 * POST /v1/networks/{n}/certificates                 a certificate from the network's CA: a signed request of the
 *                                                    network administrator
 * POST /v1/networks/{n}/upgrade?wait=true|false      upgrade: the new archive and the admin's signed upgrade
 * POST /v1/networks/{n}/transactions?wait=true|false submit one (JSON) or a batch (binary)
 * POST /v1/networks/{n}/reads                        a signed read: of the state, as its signer under the
 *                                                    access rules; of the chain (a block, a transaction's
 *                                                    status) by any member
 * POST /v1/networks/{n}/events                       a signed request: JSON lines, streamed, following new blocks
 * </pre>
 * Errors are {@code {"error": "…"}} with 400 (bad request), 401 (a signed request from an identity the node does not
 * accept; a certificate request not signed at all) and 403 (a read the access rules refuse, a certificate request of
 * an identity other than the administrator's: {@link SignedReads}), 404 (no such network, transaction, block or
 * resource), 409 (deploying a network twice, an incompatible upgrade) or 503 (the network stopped committing). The
 * chain is read only by the network's members: nothing of a block, a transaction or an event is served unsigned.
 */
public final class NodeServer implements AutoCloseable {

    static {
        // Answers are written as headers, then body: with Nagle's algorithm the body waits for the client's
        // delayed ACK of the headers (40 ms on Linux), which capped a client sending small requests one after
        // another (signed reads, single submits) at about 25 a second per connection. The JDK's server reads
        // this once, when its first server starts; a value given on the command line wins.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "/v1/networks";
    private static final long EVENT_POLL_MILLIS = 20;

    private final NodeHost host;
    private final HttpServer server;
    private final ExecutorService threads;
    private volatile boolean running = true;

    private NodeServer(NodeHost host, HttpServer server, ExecutorService threads) {
        this.host = host;
        this.server = server;
        this.threads = threads;
    }

    /** Serves {@code host} on {@code address} (port 0: any free port). */
    public static NodeServer start(NodeHost host, InetSocketAddress address) throws IOException {
        HttpServer server = HttpServer.create(address, 256);
        ExecutorService threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "charter-http");
            thread.setDaemon(true);
            return thread;
        });
        NodeServer node = new NodeServer(host, server, threads);
        server.createContext(PREFIX, node::handle);
        server.setExecutor(threads);
        server.start();
        return node;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** A request the node refuses: its status and the message for the caller. */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        Refusal(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                route(exchange);
            } catch (Refusal e) {
                error(exchange, e.status, e.getMessage());
            } catch (IllegalArgumentException e) {
                error(exchange, 400, e.getMessage());
            } catch (IllegalStateException | CompletionException e) {
                Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                error(exchange, 503, cause.getMessage());
            } catch (RuntimeException e) {
                error(exchange, 500, e.toString());
            }
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String raw = exchange.getRequestURI().getRawPath().substring(PREFIX.length());
        List<String> path = new ArrayList<>();
        for (String segment : raw.split("/")) {
            if (!segment.isEmpty()) {
                path.add(URLDecoder.decode(segment, StandardCharsets.UTF_8));
            }
        }
        Map<String, String> query = query(exchange);
        if (path.isEmpty()) {
            switch (method) {
                case "GET" -> {
                    ArrayNode networks = JSON.createArrayNode();
                    host.networks().forEach(network -> networks.add(describe(network)));
                    send(exchange, 200, networks);
                }
                case "POST" -> deploy(exchange, query);
                default -> throw new Refusal(405, method + " " + PREFIX + " is not supported");
            }
            return;
        }
        HostedNetwork network = host.network(path.get(0))
                .orElseThrow(() -> new Refusal(404, "This node hosts no network named " + path.get(0)));
        String resource = path.size() > 1 ? path.get(1) : "";
        switch (method + " " + resource + "/" + (path.size() - 2)) {
            case "GET /-1" -> send(exchange, 200, describe(network));
            case "POST certificates/0" -> certify(exchange, network);
            case "POST transactions/0" -> submit(exchange, network, !"false".equals(query.get("wait")));
            case "POST upgrade/0" -> upgrade(exchange, network, !"false".equals(query.get("wait")));
            case "POST reads/0" -> {
                SignedReads.Answer answer = SignedReads.answer(network, exchange.getRequestBody().readAllBytes());
                send(exchange, answer.status(), answer.body());
            }
            case "POST events/0" -> events(exchange, network,
                    SignedReads.events(network, exchange.getRequestBody().readAllBytes()));
            default -> throw new Refusal(404, method + " " + exchange.getRequestURI().getPath() + " is not part of"
                    + " the protocol (docs/ledger-protocol.md)");
        }
    }

    private void deploy(HttpExchange exchange, Map<String, String> query) throws IOException {
        String adminKey = query.get("adminKey");
        if (adminKey == null) {
            throw new IllegalArgumentException("Deploying needs adminKey: the administrator's public key"
                    + " (SubjectPublicKeyInfo, base64url)");
        }
        VerifyingKey key = VerifyingKey.ofSubjectPublicKeyInfo(Base64.getUrlDecoder().decode(adminKey));
        byte[] archive = exchange.getRequestBody().readAllBytes();
        Map.Entry<HostedNetwork, Certificate> deployed;
        try {
            deployed = host.deploy(archive, key);
        } catch (IllegalArgumentException e) {
            throw new Refusal(e.getMessage().startsWith("This node already hosts") ? 409 : 400, e.getMessage());
        }
        ObjectNode answer = describe(deployed.getKey());
        answer.put("adminCertificate", deployed.getValue().pem());
        send(exchange, 201, answer);
    }

    private static ObjectNode describe(HostedNetwork network) {
        return JSON.createObjectNode()
                .put("network", network.name())
                .put("version", network.node().archive().version())
                .put("contentHash", network.node().archive().contentHash())
                .put("height", network.node().height());
    }

    private static void certify(HttpExchange exchange, HostedNetwork network) throws IOException {
        SignedReads.CertificateRequest request = SignedReads.certificate(network, exchange.getRequestBody().readAllBytes());
        send(exchange, 200, JSON.createObjectNode().put("certificate",
                network.certify(request.name(), request.publicKey()).pem()));
    }

    private static void submit(HttpExchange exchange, HostedNetwork network, boolean wait) throws IOException {
        String type = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (type.startsWith(TransactionBatch.MEDIA_TYPE)) {
            List<CompletableFuture<SubmitResult>> results = network.submit(TransactionBatch.decode(body), wait);
            ArrayNode answer = JSON.createArrayNode();
            for (CompletableFuture<SubmitResult> result : results) {
                answer.add(json(result.join()));
            }
            send(exchange, 200, answer);
        } else {
            SignedTransaction transaction = transactionFromJson(JSON.readTree(body));
            send(exchange, 200, json(network.submit(List.of(transaction), wait).get(0).join()));
        }
    }

    private static void upgrade(HttpExchange exchange, HostedNetwork network, boolean wait) throws IOException {
        JsonNode request = readJson(exchange);
        if (!request.path("archive").isTextual() || !request.path("transaction").isObject()) {
            throw new IllegalArgumentException("An upgrade is {\"archive\": <base64 .cna>, \"transaction\": <the"
                    + " administrator's signed UpgradeBusinessNetwork, as submitted to /transactions>}");
        }
        byte[] archive;
        try {
            archive = Base64.getDecoder().decode(request.get("archive").asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("archive is not base64: " + e.getMessage());
        }
        CompletableFuture<SubmitResult> result;
        try {
            result = network.upgrade(archive, transactionFromJson(request.get("transaction")), wait);
        } catch (HostedNetwork.IncompatibleUpgrade e) {
            ObjectNode answer = JSON.createObjectNode().put("error", e.getMessage());
            ArrayNode list = answer.putArray("incompatibilities");
            e.incompatibilities().forEach(i -> list.addObject().put("type", i.type()).put("field", i.field())
                    .put("problem", i.problem()));
            send(exchange, 409, answer);
            return;
        }
        send(exchange, 200, json(result.join()));
    }

    static SignedTransaction transactionFromJson(JsonNode json) {
        for (String field : List.of("transactionId", "identityId", "payload", "signature")) {
            if (json == null || !json.path(field).isTextual()) {
                throw new IllegalArgumentException("A transaction is {\"transactionId\", \"identityId\", \"timestamp\""
                        + " (epoch milliseconds), \"payload\" and \"signature\" (base64)}: " + field + " is missing");
            }
        }
        if (!json.path("timestamp").canConvertToLong()) {
            throw new IllegalArgumentException("timestamp must be the transaction's time in epoch milliseconds");
        }
        Base64.Decoder base64 = Base64.getDecoder();
        return new SignedTransaction(json.get("transactionId").asText(), json.get("identityId").asText(),
                Instant.ofEpochMilli(json.get("timestamp").asLong()), base64.decode(json.get("payload").asText()),
                base64.decode(json.get("signature").asText()));
    }

    static ObjectNode json(SubmitResult result) {
        ObjectNode json = JSON.createObjectNode().put("transactionId", result.transactionId())
                .put("status", result.status());
        if (result.block() >= 0) {
            json.put("block", result.block()).put("index", result.index());
        }
        if (result.reason() != null) {
            json.put("reason", result.reason());
        }
        if (!result.events().isEmpty()) {
            json.putArray("events").addAll(result.events());
        }
        if (result.returnValue() != null) {
            json.set("returnValue", result.returnValue());
        }
        return json;
    }

    /**
     * Streams the events of every committed transaction from block {@code request.from()} on, one JSON object a
     * line, and then of each new block, until the caller goes away or the node stops. Events are read from the
     * historian records ({@code eventsEmitted}), in block and emission order. The subscriber was accepted when the
     * stream opened; before each block the node checks again that its identity is still accepted (not revoked,
     * its participant still there, its certificate still valid) and otherwise ends the stream with one last line,
     * {@code {"error": why}}.
     */
    private void events(HttpExchange exchange, HostedNetwork network, SignedReads.EventsRequest request)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/x-ndjson");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        long next = request.from();
        try {
            while (running) {
                // The state's height, not the block store's: a block is appended before its writes (and historian
                // records, which hold its events) are applied, and its events must not be read before they are.
                if (next > network.node().state().height().orElse(-1)) {
                    out.flush();
                    TimeUnit.MILLISECONDS.sleep(EVENT_POLL_MILLIS);
                    continue;
                }
                Optional<String> lapsed = network.notAccepted(request.identityId());
                if (lapsed.isPresent()) {
                    out.write(JSON.writeValueAsBytes(JSON.createObjectNode().put("error", lapsed.get())));
                    out.write('\n');
                    return;
                }
                Block block = network.node().blocks().read(next);
                for (int i = 0; i < block.transactions().size(); i++) {
                    if (!block.outcomes().get(i).committed()) {
                        continue;
                    }
                    String id = block.transactions().get(i).transactionId();
                    Optional<byte[]> record = network.node().state().get(StateKeys.historian(id));
                    if (record.isEmpty()) {
                        continue; // a system transaction: no historian record, no events
                    }
                    for (JsonNode event : JSON.readTree(record.get()).path("eventsEmitted")) {
                        ObjectNode line = JSON.createObjectNode().put("block", block.number()).put("transactionId", id);
                        line.set("event", event);
                        out.write(JSON.writeValueAsBytes(line));
                        out.write('\n');
                    }
                }
                next++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the subscriber went away
        }
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    query.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    private static JsonNode readJson(HttpExchange exchange) throws IOException {
        try {
            return JSON.readTree(exchange.getRequestBody());
        } catch (IOException e) {
            throw new IllegalArgumentException("The request body is not JSON: " + e.getMessage());
        }
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void error(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, JSON.createObjectNode().put("error", message == null ? "internal error" : message));
    }

    /** Stops serving (open event streams end), then closes the networks. */
    @Override
    public void close() {
        running = false;
        server.stop(0);
        threads.shutdownNow();
        host.close();
    }
}
