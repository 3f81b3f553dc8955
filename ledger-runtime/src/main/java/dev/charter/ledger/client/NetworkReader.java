package dev.charter.ledger.client;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.ledger.card.Card;
import dev.charter.ledger.crypto.Certificate;
import dev.charter.ledger.crypto.VerifyingKey;
import dev.charter.ledger.tx.CanonicalJson;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.ledger.tx.TransactionSigner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads of one network as one card's identity; every request is signed with the card's key. The node
 * checks the signature and the identity as it checks a transaction's. Reads of the state are answered as the
 * identity's participant under the network's access rules: a list leaves out what the participant may not
 * read, a single item it may not read is refused (403). Reads of the chain — a block, a transaction's status,
 * the event stream — are any member's. Protocol: {@code POST /v1/networks/{n}/reads} and
 * {@code POST /v1/networks/{n}/events} (docs/ledger-protocol.md). Thread-safe.
 *
 * <p>Failures are {@link LedgerClientException}s with the node's status and message: 400 a bad request
 * (an unknown field, a parameter that does not fit, an ad-hoc statement that does not check), 401 a
 * signature or identity the node does not accept (unknown, revoked), 403 refused by the access rules, 404
 * an unknown network, type or query.
 */
public final class NetworkReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LedgerClient client;
    private final String network;
    private final TransactionSigner signer;

    /** Reads the card's network ({@code card.connection().network()}) through {@code client}. */
    public NetworkReader(LedgerClient client, Card card) {
        this.client = Objects.requireNonNull(client, "client");
        this.network = card.connection().network();
        this.signer = TransactionSigner.of(card);
    }

    public String network() {
        return network;
    }

    /**
     * Composer's {@code ping}: {@code {version, identity, participant}} — who the card acts as on the network
     * ({@code participant} is {@code resource:<type>#<id>}, absent for the administrator). Not access-checked: an
     * identity may always learn whom it is bound to.
     */
    public JsonNode ping() {
        return require(read(request("ping")), "The node answered a ping with 404");
    }

    /** An asset or participant; empty when there is none with that id. */
    public Optional<JsonNode> resource(String type, String id) {
        return read(request("resource").put("type", type).put("id", id));
    }

    /** Assets or participants of exactly {@code type}, one page. */
    public ReadPage resources(String type, ReadPage.Request page) {
        return page(paged(request("resources").put("type", type), page));
    }

    /**
     * Every version of an asset or participant, oldest first: {@code {transactionId, timestamp, value}}
     * ({@code value} null: removed).
     *
     * @throws LedgerClientException 404 when it never existed, 403 when the reader may not read it
     */
    public List<JsonNode> history(String type, String id) {
        List<JsonNode> versions = new ArrayList<>();
        require(read(request("history").put("type", type).put("id", id)),
                "Network " + network + " has never held " + type + "#" + id)
                .forEach(versions::add);
        return versions;
    }

    /** A committed transaction of {@code type}, as submitted; empty when there is none. */
    public Optional<JsonNode> transaction(String type, String id) {
        return read(request("transaction").put("type", type).put("id", id));
    }

    /** Committed transactions of exactly {@code type}, one page. */
    public ReadPage transactions(String type, ReadPage.Request page) {
        return page(paged(request("transactions").put("type", type), page));
    }

    /** The historian record of a committed transaction; empty when there is none. */
    public Optional<JsonNode> historianRecord(String transactionId) {
        return read(request("historianRecord").put("id", transactionId));
    }

    /** Historian records, one page. */
    public ReadPage historian(ReadPage.Request page) {
        return page(paged(request("historian"), page));
    }

    /**
     * A named query of the network's {@code queries.qry}, one page; parameter values are text, which the
     * node converts to the types of the fields they are compared with.
     */
    public ReadPage query(String name, Map<String, String> parameters, ReadPage.Request page) {
        ObjectNode request = request("query").put("name", name);
        request.set("parameters", JSON.valueToTree(parameters));
        return page(paged(request, page));
    }

    /**
     * An ad-hoc {@code SELECT type WHERE (condition)}, one page, in the page's order; {@code condition}
     * may use parameters ({@code _$name}), given as text.
     */
    public ReadPage where(String type, String condition, Map<String, String> parameters, ReadPage.Request page) {
        ObjectNode request = request("where").put("type", type).put("condition", condition);
        request.set("parameters", JSON.valueToTree(parameters));
        return page(paged(request, page));
    }

    /**
     * Block {@code number} as the node holds it: {@code number}, the header's hashes and {@code timestamp}, and
     * {@code transactions}, each with its signer, timestamp, payload and outcome ({@code status}, {@code reason}).
     *
     * @throws LedgerClientException 404 when the chain has no such block yet
     */
    public JsonNode block(long number) {
        return require(read(request("block").put("number", number)), "The node answered a block with 404");
    }

    /**
     * What the node knows of a transaction: its result ({@code status}: committed, refused; {@code block},
     * {@code index}, {@code reason}) and, in a block, its signer, timestamp and payload. Empty when the node has
     * no record of it — not (yet) in a block, and not refused before ordering; a refusal before ordering is told
     * only to the identity that signed the transaction and to the network administrator, so it is empty for any
     * other member.
     */
    public Optional<JsonNode> status(String transactionId) {
        return read(request("status").put("transactionId", transactionId));
    }

    /**
     * Follows the network's events from block {@code fromBlock} on, oldest first, one JSON object per event
     * ({@code block}, {@code transactionId}, {@code event}), until {@code consumer} returns false. Blocks the
     * calling thread; waits for new blocks when it has seen all.
     *
     * @throws LedgerClientException 401 when the node does not accept the card's identity, or stops accepting it
     *     while the stream runs (revoked, certificate expired)
     */
    public void events(long fromBlock, Predicate<JsonNode> consumer) {
        client.events(network, sign(request("events").put("from", fromBlock)), consumer);
    }

    /**
     * A certificate from the network's CA for {@code name} holding {@code publicKey}: a signed request like a read,
     * which the node answers only for the network's administrator ({@link NetworkIdentities#certify}).
     *
     * @throws LedgerClientException 401 when the node does not accept the card's identity, 403 when it is not the
     *     administrator's
     */
    Certificate certificate(String name, VerifyingKey publicKey) {
        return Certificate.ofPem(client.certify(network, sign(request("certificate").put("name", name)
                .put("publicKey", Base64.getEncoder().encodeToString(publicKey.subjectPublicKeyInfo())))));
    }

    private ObjectNode request(String kind) {
        return JSON.createObjectNode().put("read", kind).put("network", network);
    }

    private static ObjectNode paged(ObjectNode request, ReadPage.Request page) {
        request.put("limit", page.limit()).put("skip", page.skip());
        if (page.cursor() != null) {
            request.put("cursor", page.cursor());
        }
        if (page.orderBy() != null) {
            request.put("orderBy", page.orderBy());
        }
        return request.put("descending", page.descending());
    }

    private Optional<JsonNode> read(ObjectNode request) {
        return client.read(network, sign(request));
    }

    private SignedTransaction sign(ObjectNode request) {
        try {
            return signer.signPayload(CanonicalJson.canonicalize(JSON.writeValueAsBytes(request)), Instant.now());
        } catch (JacksonException e) {
            throw new IllegalStateException("Cannot write a read request", e);
        }
    }

    private ReadPage page(ObjectNode request) {
        JsonNode answer = require(read(request), "The node answered a list with 404");
        List<JsonNode> items = new ArrayList<>();
        answer.path("items").forEach(items::add);
        JsonNode next = answer.path("nextCursor");
        return new ReadPage(items, next.isTextual() ? next.asText() : null);
    }

    private static JsonNode require(Optional<JsonNode> answer, String absent) {
        return answer.orElseThrow(() -> new LedgerClientException(404, absent));
    }
}
