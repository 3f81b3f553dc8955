package dev.charter.ledger.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.ledger.tx.SignedTransaction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;

/**
 * A client of a Charter node's protocol (docs/ledger-protocol.md) on the JDK's {@link HttpClient}:
 * deploy networks, submit signed transactions (one as JSON, many as one binary batch), and send signed
 * reads and event subscriptions — of the state, and of the chain: blocks, a transaction's status, events —
 * which {@link NetworkReader} makes for a card. Thread-safe; one client can serve any number of concurrent
 * callers over one connection pool.
 */
public final class LedgerClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI node;
    private final HttpClient http;

    /** @param node the node's base URL, e.g. {@code http://localhost:7050} */
    public LedgerClient(URI node) {
        String base = node.toString();
        this.node = URI.create(base.endsWith("/") ? base : base + "/");
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public URI node() {
        return node;
    }

    /** The networks the node hosts: name, version, content hash and height of each. */
    public JsonNode networks() {
        return get("v1/networks");
    }

    /** One network's name, version, content hash and height. */
    public JsonNode network(String network) {
        return get(path(network));
    }

    /**
     * Deploys the network in {@code archive} (a {@code .cna}) and creates its administrator, whose
     * public key is {@code adminPublicKey} (X.509 SubjectPublicKeyInfo, DER): the node's CA certifies
     * it. The private key never leaves the caller.
     *
     * @return the node's answer: {@code network}, {@code version}, {@code contentHash},
     *     {@code adminCertificate} (PEM), {@code caCertificate} (PEM)
     */
    public JsonNode deploy(byte[] archive, byte[] adminPublicKey) {
        return send(HttpRequest.newBuilder(uri("v1/networks?adminKey=" + base64Url(adminPublicKey)))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(archive)));
    }

    /**
     * A certificate (PEM) from the network's CA: {@code request} is the administrator's signed
     * {@code {"read": "certificate", "network", "name", "publicKey"}}, which {@link NetworkIdentities#certify} makes.
     *
     * @throws LedgerClientException 401 when the node does not accept the signer, 403 when it is not the network
     *     administrator, with the node's reason
     */
    public String certify(String network, SignedTransaction request) {
        return send(json(HttpRequest.newBuilder(uri(path(network) + "/certificates")), envelope(request)))
                .get("certificate").asText();
    }

    /** Submits one transaction; with {@code wait}, answers once its block is durable. */
    public SubmitResult submit(String network, SignedTransaction transaction, boolean wait) {
        return result(send(json(HttpRequest.newBuilder(uri(path(network) + "/transactions?wait=" + wait)),
                envelope(transaction))));
    }

    /**
     * Upgrades a deployed network to {@code archive} (a newer {@code .cna} of it) with {@code upgrade}, the
     * administrator's signed {@code UpgradeBusinessNetwork} naming the archive's content hash
     * ({@code dev.charter.ledger.node.NetworkUpgrade.payload}). The node refuses an archive whose model is
     * incompatible with the one deployed, changing nothing: the {@link LedgerClientException} (status 409)
     * lists every incompatibility, one per line. With {@code wait}, answers once the upgrade's block is
     * durable; the new archive runs from the next block on.
     */
    public SubmitResult upgrade(String network, byte[] archive, SignedTransaction upgrade, boolean wait) {
        ObjectNode body = JSON.createObjectNode().put("archive", Base64.getEncoder().encodeToString(archive));
        body.set("transaction", envelope(upgrade));
        return result(send(json(HttpRequest.newBuilder(uri(path(network) + "/upgrade?wait=" + wait)), body)));
    }

    /**
     * Sends a signed read (its payload a read request, docs/ledger-protocol.md); {@link NetworkReader} makes
     * them. Empty when the node answers that the item read does not exist.
     *
     * @throws LedgerClientException with the node's status and message when it refuses the read
     */
    public Optional<JsonNode> read(String network, SignedTransaction read) {
        HttpResponse<byte[]> response = exchange(json(HttpRequest.newBuilder(uri(path(network) + "/reads")),
                envelope(read)));
        if (response.statusCode() == 404) {
            try {
                if (JSON.readTree(response.body()).path("absent").asBoolean(false)) {
                    return Optional.empty();
                }
            } catch (IOException e) {
                // not JSON: answer() says so
            }
        }
        return Optional.of(answer(response.statusCode(), response.body()));
    }

    private static ObjectNode envelope(SignedTransaction transaction) {
        return JSON.createObjectNode()
                .put("transactionId", transaction.transactionId())
                .put("identityId", transaction.identityId())
                .put("timestamp", transaction.timestamp().toEpochMilli())
                .put("payload", Base64.getEncoder().encodeToString(transaction.payload()))
                .put("signature", Base64.getEncoder().encodeToString(transaction.signature()));
    }

    /** Submits many transactions in one binary request; results come back in the batch's order. */
    public List<SubmitResult> submitBatch(String network, List<SignedTransaction> transactions, boolean wait) {
        return join(submitBatchAsync(network, transactions, wait));
    }

    /** {@link #submitBatch}, without blocking the caller. */
    public CompletableFuture<List<SubmitResult>> submitBatchAsync(String network, List<SignedTransaction> transactions,
            boolean wait) {
        return submitEncodedAsync(network, TransactionBatch.encode(transactions), wait);
    }

    /** Submits a batch already encoded with {@link TransactionBatch#encode}. */
    public CompletableFuture<List<SubmitResult>> submitEncodedAsync(String network, byte[] batch, boolean wait) {
        HttpRequest request = HttpRequest.newBuilder(uri(path(network) + "/transactions?wait=" + wait))
                .timeout(TIMEOUT)
                .header("Content-Type", TransactionBatch.MEDIA_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(batch)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
            JsonNode answer = answer(response.statusCode(), response.body());
            List<SubmitResult> results = new ArrayList<>(answer.size());
            for (JsonNode result : answer) {
                results.add(result(result));
            }
            return results;
        });
    }

    /**
     * Follows the network's events with {@code subscription}, a signed {@code events} request that
     * {@link NetworkReader#events} makes: from its block on, oldest first, one JSON object per event
     * ({@code block}, {@code transactionId}, {@code event}), until {@code consumer} returns false. Blocks the
     * calling thread; waits for new blocks when it has seen all.
     *
     * @throws LedgerClientException 401 when the node does not accept the signer, or stops accepting it while
     *     the stream runs (the identity was revoked, its certificate expired): the node ends the stream saying why
     */
    public void events(String network, SignedTransaction subscription, Predicate<JsonNode> consumer) {
        HttpRequest request = json(HttpRequest.newBuilder(uri(path(network) + "/events")), envelope(subscription))
                .build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerClientException("Interrupted while following events", e);
        }
        try (InputStream body = response.body();
                BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            if (response.statusCode() != 200) {
                answer(response.statusCode(), body.readAllBytes());
            }
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode event = JSON.readTree(line);
                if (event.hasNonNull("error")) {
                    throw new LedgerClientException(401, event.get("error").asText());
                }
                if (!consumer.test(event)) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new LedgerClientException("The event stream from " + node + " broke: " + e.getMessage(), e);
        }
    }

    private static String path(String network) {
        return "v1/networks/" + segment(network);
    }

    private static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private URI uri(String path) {
        return node.resolve(path);
    }

    private JsonNode get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private static HttpRequest.Builder json(HttpRequest.Builder builder, JsonNode body) {
        try {
            return builder.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode send(HttpRequest.Builder request) {
        HttpResponse<byte[]> response = exchange(request);
        return answer(response.statusCode(), response.body());
    }

    private HttpResponse<byte[]> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerClientException("Interrupted while waiting for " + node, e);
        }
    }

    private LedgerClientException unreachable(IOException e) {
        String why = e instanceof ConnectException ? "nothing listens there" : e.toString();
        return new LedgerClientException("Cannot reach the node at " + node + ": " + why, e);
    }

    private static JsonNode answer(int status, byte[] body) {
        JsonNode json;
        try {
            json = body.length == 0 ? JSON.nullNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new LedgerClientException(status, "The node answered " + status + " with something other than JSON");
        }
        if (status >= 400) {
            JsonNode error = json.get("error");
            throw new LedgerClientException(status, error != null ? error.asText() : "The node answered " + status);
        }
        return json;
    }

    private static SubmitResult result(JsonNode json) {
        List<JsonNode> events = new ArrayList<>();
        json.path("events").forEach(events::add);
        return new SubmitResult(json.path("transactionId").asText(), json.path("status").asText(),
                json.path("block").asLong(-1), json.path("index").asInt(-1),
                json.hasNonNull("reason") ? json.get("reason").asText() : null, events,
                json.hasNonNull("returnValue") ? json.get("returnValue") : null);
    }

    private <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof LedgerClientException failure) {
                throw failure;
            }
            if (e.getCause() instanceof IOException io) {
                throw unreachable(io);
            }
            throw e;
        }
    }
}
