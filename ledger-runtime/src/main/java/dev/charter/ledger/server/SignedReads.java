package dev.charter.ledger.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.ledger.block.Block;
import dev.charter.ledger.block.Outcome;
import dev.charter.ledger.client.SubmitResult;
import dev.charter.ledger.crypto.VerifyingKey;
import dev.charter.ledger.store.RocksStateStore;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.ledger.tx.Verdict;
import dev.charter.runtime.NetworkException;
import dev.charter.runtime.access.AccessDeniedException;
import dev.charter.runtime.context.Submitter;
import dev.charter.runtime.json.IsoTime;
import dev.charter.runtime.read.NetworkReads;
import dev.charter.runtime.read.Page;
import dev.charter.runtime.read.PageRequest;
import dev.charter.runtime.read.ReadException;
import dev.charter.runtime.read.Version;
import dev.charter.runtime.resource.HistorianRecord;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /v1/networks/{n}/reads}: one read, signed by the identity it acts as (docs/ledger-protocol.md).
 * The envelope is a {@link SignedTransaction} whose payload is the read request; its signer is checked as
 * admission checks a transaction's ({@link dev.charter.ledger.tx.Admission#authenticate}). A read of the state
 * then runs on a snapshot of the committed state (one block's, whatever commits meanwhile) as the signer's
 * participant, under the network's access rules ({@link NetworkReads}); a read of the chain — a block, a
 * transaction's status — is any member's right, as reading a channel's blocks is in Fabric. The same signed
 * request, of kind {@code events}, opens the event stream ({@code POST …/events}, {@link #events}); of kind
 * {@code certificate}, signed by the network administrator, it asks the network's CA for a certificate
 * ({@code POST …/certificates}, {@link #certificate}).
 */
final class SignedReads {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENTS = "events";
    private static final String CERTIFICATE = "certificate";
    private static final Set<String> PAGE = Set.of("limit", "skip", "cursor", "orderBy", "descending");
    /** The fields of each kind of read, besides {@code read}, {@code network} and, for lists, the page's. */
    private static final Map<String, List<String>> FIELDS = Map.ofEntries(
            Map.entry("ping", List.of()),
            Map.entry("resource", List.of("type", "id")),
            Map.entry("resources", List.of("type")),
            Map.entry("history", List.of("type", "id")),
            Map.entry("transaction", List.of("type", "id")),
            Map.entry("transactions", List.of("type")),
            Map.entry("historianRecord", List.of("id")),
            Map.entry("historian", List.of()),
            Map.entry("query", List.of("name", "parameters")),
            Map.entry("where", List.of("type", "condition", "parameters")),
            Map.entry("block", List.of("number")),
            Map.entry("status", List.of("transactionId")),
            Map.entry(EVENTS, List.of("from")),
            Map.entry(CERTIFICATE, List.of("name", "publicKey")));
    private static final Set<String> OPTIONAL = Set.of("parameters", "condition");
    /** Fields that are whole numbers, 0 or more; every other required field is a string. */
    private static final Set<String> NUMBERS = Set.of("number", "from");
    private static final Set<String> LISTS = Set.of("resources", "transactions", "historian", "query", "where");

    /** The status and body of the answer to a read. */
    record Answer(int status, JsonNode body) {
    }

    /** A read request the node accepts: its signer, as the participant it acts as, and the request. */
    private record Signed(Submitter caller, String kind, JsonNode request) {
    }

    /** A request to follow the events from block {@code from} on, signed by {@code identityId}. */
    record EventsRequest(String identityId, long from) {
    }

    /** A request, signed by the network administrator, for a certificate for {@code name} holding {@code publicKey}. */
    record CertificateRequest(String name, VerifyingKey publicKey) {
    }

    private SignedReads() {
    }

    /** Answers the read in {@code body} (the envelope's JSON); never throws for a bad request. */
    static Answer answer(HostedNetwork network, byte[] body) {
        try {
            Signed signed = signed(network, body);
            return switch (signed.kind()) {
                case EVENTS -> error(400, "Events are a stream: send this request to POST /v1/networks/"
                        + network.name() + "/events");
                case CERTIFICATE -> error(400, "A certificate comes from the network's CA: send this request to"
                        + " POST /v1/networks/" + network.name() + "/certificates");
                case "block" -> block(network, signed.request().get("number").asLong());
                case "status" -> status(network, signed.caller(), signed.request().get("transactionId").asText());
                default -> {
                    try (RocksStateStore.Snapshot state = network.node().state().snapshot()) {
                        yield read(network, network.reads().on(state), signed.caller(), signed.kind(), signed.request());
                    }
                }
            };
        } catch (NodeServer.Refusal e) {
            return error(e.status(), e.getMessage());
        } catch (AccessDeniedException e) {
            return error(403, e.getMessage());
        } catch (ReadException e) {
            return error(e.kind() == ReadException.Kind.NOT_FOUND ? 404 : 400, e.getMessage());
        } catch (IllegalArgumentException | NetworkException e) {
            return error(400, e.getMessage());
        }
    }

    /**
     * The signed request in {@code body} that opens the event stream ({@code {"read": "events", "from": n}}).
     *
     * @throws NodeServer.Refusal 401 when the node does not accept the signer
     * @throws IllegalArgumentException when the body is not such a request
     */
    static EventsRequest events(HostedNetwork network, byte[] body) {
        Signed signed = signed(network, body);
        if (!signed.kind().equals(EVENTS)) {
            throw new IllegalArgumentException("POST /v1/networks/" + network.name() + "/events takes a signed"
                    + " {\"read\": \"events\", \"from\": <block>}, not a \"" + signed.kind() + "\" read: send that"
                    + " to /reads");
        }
        return new EventsRequest(signed.caller().identityId(), signed.request().get("from").asLong());
    }

    /**
     * The signed {@code {"read": "certificate", "network", "name", "publicKey": <base64 SubjectPublicKeyInfo>}} in
     * {@code body}: only the network administrator has the network's CA certify a key. A body that is not a signed
     * request at all is refused as unauthenticated, like one whose signer the node does not accept.
     *
     * @throws NodeServer.Refusal 401 when the request is not signed or the node does not accept its signer, 403
     *     when the signer is a member of the network but not its administrator
     * @throws IllegalArgumentException when the signed payload is not such a request
     */
    static CertificateRequest certificate(HostedNetwork network, byte[] body) {
        SignedTransaction envelope;
        try {
            envelope = envelope(body);
        } catch (IllegalArgumentException e) {
            throw new NodeServer.Refusal(401, "The network's CA certifies a key only on a request signed by the network"
                    + " administrator: a signed {\"read\": \"certificate\", \"network\", \"name\", \"publicKey\"} in"
                    + " the envelope of a signed read (docs/ledger-protocol.md). " + e.getMessage());
        }
        Submitter caller = authenticated(network, envelope);
        if (!caller.isAdmin()) {
            throw new NodeServer.Refusal(403, "Only the network administrator may have the CA of network "
                    + network.name() + " certify a key: identity " + caller.identityId() + " is bound to participant '"
                    + caller.participant().type() + "#" + caller.participant().id() + "'");
        }
        JsonNode request = payload(envelope);
        String kind = check(network, request);
        if (!kind.equals(CERTIFICATE)) {
            throw new IllegalArgumentException("POST /v1/networks/" + network.name() + "/certificates takes a signed"
                    + " {\"read\": \"certificate\", \"network\", \"name\", \"publicKey\"}, not a \"" + kind
                    + "\" read: send that to /reads");
        }
        if (!request.path("network").isTextual()) {
            throw new IllegalArgumentException("A certificate request names its network: \"network\": \""
                    + network.name() + "\"");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(request.get("publicKey").asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("publicKey must be the base64 of a DER SubjectPublicKeyInfo: "
                    + e.getMessage());
        }
        return new CertificateRequest(request.get("name").asText(), VerifyingKey.ofSubjectPublicKeyInfo(key));
    }

    /** The envelope in {@code body}, its signer accepted, and its read request checked against its kind's fields. */
    private static Signed signed(HostedNetwork network, byte[] body) {
        SignedTransaction envelope = envelope(body);
        Submitter caller = authenticated(network, envelope);
        JsonNode request = payload(envelope);
        return new Signed(caller, check(network, request), request);
    }

    /** The envelope of a signed request in {@code body}, in the JSON form of a single submit. */
    private static SignedTransaction envelope(byte[] body) {
        try {
            return NodeServer.transactionFromJson(JSON.readTree(body));
        } catch (IOException e) {
            throw new IllegalArgumentException("The request body is not JSON: " + e.getMessage());
        }
    }

    /**
     * Who signed the envelope, when the node accepts it ({@link HostedNetwork#authenticate}).
     *
     * @throws NodeServer.Refusal 401 with the reason, when it does not
     */
    private static Submitter authenticated(HostedNetwork network, SignedTransaction envelope) {
        Verdict verdict = network.authenticate(envelope);
        if (verdict instanceof Verdict.Refused refused) {
            throw new NodeServer.Refusal(401, refused.reason());
        }
        return ((Verdict.Admitted) verdict).submitter();
    }

    private static JsonNode payload(SignedTransaction envelope) {
        try {
            return JSON.readTree(envelope.payload());
        } catch (IOException e) {
            throw new IllegalArgumentException("The payload of a read is a read request in JSON: " + e.getMessage());
        }
    }

    /** The request's kind, once its fields are those of its kind. */
    private static String check(HostedNetwork network, JsonNode request) {
        if (request == null || !request.isObject() || !request.path("read").isTextual()) {
            throw new IllegalArgumentException("A read request is a JSON object whose \"read\" is one of "
                    + String.join(", ", FIELDS.keySet().stream().sorted().toList()));
        }
        String kind = request.get("read").asText();
        List<String> fields = FIELDS.get(kind);
        if (fields == null) {
            throw new IllegalArgumentException("There is no read \"" + kind + "\"; reads are "
                    + String.join(", ", FIELDS.keySet().stream().sorted().toList()));
        }
        for (Iterator<String> names = request.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("read") && !name.equals("network") && !fields.contains(name)
                    && !(LISTS.contains(kind) && PAGE.contains(name))) {
                throw new IllegalArgumentException("A \"" + kind + "\" read has no field \"" + name + "\"; it takes "
                        + String.join(", ", fields) + (LISTS.contains(kind) ? (fields.isEmpty() ? "" : ", ")
                        + "limit, skip, cursor, orderBy, descending" : ""));
            }
        }
        for (String field : fields) {
            JsonNode value = request.path(field);
            if (NUMBERS.contains(field)) {
                if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
                    throw new IllegalArgumentException("A \"" + kind + "\" read needs \"" + field + "\", a whole number"
                            + " of 0 or more" + (value.isMissingNode() ? "" : ", not " + value));
                }
            } else if (!OPTIONAL.contains(field) && !value.isTextual()) {
                throw new IllegalArgumentException("A \"" + kind + "\" read needs \"" + field + "\", a string");
            }
        }
        if (request.has("condition") && !request.get("condition").isTextual()) {
            throw new IllegalArgumentException("condition must be a string, such as \"balance > 10\", not "
                    + request.get("condition"));
        }
        if (request.has("network") && !request.get("network").asText().equals(network.name())) {
            throw new IllegalArgumentException("The read was signed for network " + request.get("network").asText()
                    + ", not " + network.name());
        }
        return kind;
    }

    private static Answer read(HostedNetwork network, NetworkReads reads, Submitter caller, String kind,
            JsonNode request) {
        String type = request.path("type").asText();
        String id = request.path("id").asText();
        return switch (kind) {
            case "ping" -> ping(network, caller);
            case "resource" -> item(reads.resource(caller, type, id), "Object with ID '" + id + "' in collection with ID '"
                    + type + "' does not exist");
            case "resources" -> page(reads.resources(caller, type, page(request)));
            case "history" -> history(network, reads.history(caller, type, id), type, id);
            case "transaction" -> item(reads.transaction(caller, type, id), "Transaction '" + id + "' of type " + type
                    + " does not exist");
            case "transactions" -> page(reads.transactions(caller, type, page(request)));
            case "historianRecord" -> item(reads.historianRecord(caller, id), "Object with ID '" + id
                    + "' in collection with ID '" + HistorianRecord.TYPE + "' does not exist");
            case "historian" -> page(reads.historian(caller, page(request)));
            case "query" -> page(reads.query(caller, request.get("name").asText(), parameters(request), page(request)));
            default -> page(reads.where(caller, type, request.path("condition").asText(""), parameters(request),
                    page(request)));
        };
    }

    /**
     * What the node knows of a transaction: its result; in a block also its signer, timestamp and payload, as the
     * block holds them. A transaction refused before ordering never reached the chain: its record (signer,
     * timestamp, when and why it was refused) is told only to the identity that signed it and to the network
     * administrator; to any other member the node answers as for a transaction it never saw.
     */
    private static Answer status(HostedNetwork network, Submitter caller, String id) {
        SubmitResult status = network.status(id);
        if (status.block() >= 0) {
            SignedTransaction transaction = network.node().blocks().read(status.block()).transactions().get(status.index());
            ObjectNode json = NodeServer.json(status);
            json.put("identityId", transaction.identityId()).put("timestamp", IsoTime.format(transaction.timestamp()))
                    .set("payload", payload(transaction.payload()));
            return new Answer(200, json);
        }
        return network.refusal(id)
                .filter(record -> caller.isAdmin() || record.path("identityId").asText().equals(caller.identityId()))
                .map(record -> new Answer(200, NodeServer.json(status).put("identityId", record.path("identityId").asText())
                        .put("timestamp", record.path("timestamp").asText())
                        .put("refusedAt", record.path("refusedAt").asText())))
                .orElseGet(() -> absent("Network " + network.name() + " has no transaction " + id));
    }

    /** Block {@code number}: its header's hashes, and each transaction with its payload and outcome. */
    private static Answer block(HostedNetwork network, long number) {
        long height = network.node().height();
        if (number > height) {
            return error(404, "Network " + network.name() + " has blocks 0 to " + height + ", not " + number);
        }
        Block block = network.node().blocks().read(number);
        ObjectNode json = JSON.createObjectNode()
                .put("number", block.number())
                .put("hash", block.header().hash().hex())
                .put("previousHash", block.header().previousHash().hex())
                .put("transactionsRoot", block.header().transactionsRoot().hex())
                .put("previousResultsHash", block.header().previousResultsHash().hex())
                .put("resultsHash", block.resultsHash().hex())
                .put("timestamp", IsoTime.format(block.header().timestamp()));
        ArrayNode transactions = json.putArray("transactions");
        for (int i = 0; i < block.transactions().size(); i++) {
            SignedTransaction transaction = block.transactions().get(i);
            Outcome outcome = block.outcomes().get(i);
            ObjectNode entry = transactions.addObject()
                    .put("transactionId", transaction.transactionId())
                    .put("identityId", transaction.identityId())
                    .put("timestamp", IsoTime.format(transaction.timestamp()))
                    .put("status", outcome.committed() ? SubmitResult.COMMITTED : SubmitResult.REFUSED);
            if (!outcome.committed()) {
                entry.put("reason", outcome.reason());
            }
            entry.set("payload", payload(transaction.payload()));
        }
        return new Answer(200, json);
    }

    /** A payload as JSON (every transaction's is), else its base64. */
    private static JsonNode payload(byte[] payload) {
        try {
            return JSON.readTree(payload);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(Base64.getEncoder().encodeToString(payload));
        }
    }

    private static PageRequest page(JsonNode request) {
        JsonNode limit = request.path("limit");
        JsonNode skip = request.path("skip");
        for (JsonNode number : List.of(limit, skip)) {
            if (!number.isMissingNode() && !(number.isIntegralNumber() && number.canConvertToInt())) {
                throw new IllegalArgumentException((number == limit ? "limit" : "skip") + " must be a whole number, not "
                        + number);
            }
        }
        for (String text : List.of("cursor", "orderBy")) {
            if (request.has(text) && !request.get(text).isTextual() && !request.get(text).isNull()) {
                throw new IllegalArgumentException(text + " must be a string, not " + request.get(text));
            }
        }
        if (request.has("descending") && !request.get("descending").isBoolean()) {
            throw new IllegalArgumentException("descending must be true or false, not " + request.get("descending"));
        }
        return new PageRequest(limit.asInt(PageRequest.DEFAULT_LIMIT), skip.asInt(0),
                request.path("cursor").textValue(), request.path("orderBy").textValue(),
                request.path("descending").asBoolean(false));
    }

    private static Map<String, String> parameters(JsonNode request) {
        JsonNode given = request.path("parameters");
        Map<String, String> parameters = new LinkedHashMap<>();
        if (given.isMissingNode() || given.isNull()) {
            return parameters;
        }
        if (!given.isObject()) {
            throw new IllegalArgumentException("parameters must be an object of name: \"value\", not " + given);
        }
        given.fields().forEachRemaining(parameter -> {
            if (!parameter.getValue().isValueNode() || parameter.getValue().isNull()) {
                throw new IllegalArgumentException("Parameter " + parameter.getKey() + " must be given as text, not "
                        + parameter.getValue());
            }
            parameters.put(parameter.getKey(), parameter.getValue().asText());
        });
        return parameters;
    }

    private static Answer item(Optional<JsonNode> item, String missing) {
        return item.map(json -> new Answer(200, json)).orElseGet(() -> absent(missing));
    }

    private static Answer page(Page page) {
        ObjectNode json = JSON.createObjectNode();
        json.putArray("items").addAll(page.items());
        json.put("nextCursor", page.nextCursor());
        return new Answer(200, json);
    }

    /** The versions, each with its transaction's timestamp: the historian's, else its block's (system transactions). */
    private static Answer history(HostedNetwork network, List<Version> versions, String type, String id) {
        if (versions.isEmpty()) {
            return absent("Network " + network.name() + " has never held " + type + "#" + id);
        }
        ArrayNode json = JSON.createArrayNode();
        for (Version version : versions) {
            Instant timestamp = version.timestamp() != null ? version.timestamp() : blockTimestamp(network,
                    version.transactionId());
            ObjectNode entry = json.addObject().put("transactionId", version.transactionId())
                    .put("transactionType", version.transactionType())
                    .put("timestamp", timestamp == null ? null : IsoTime.format(timestamp));
            entry.set("value", version.value());
        }
        return new Answer(200, json);
    }

    private static Instant blockTimestamp(HostedNetwork network, String transactionId) {
        Optional<RocksStateStore.Location> location = network.node().state().locate(transactionId);
        return location.map(at -> network.node().blocks().read(at.block()).transactions().get(at.index()).timestamp())
                .orElse(null);
    }

    /**
     * Composer's {@code ping}: the network's version and who the signer is — the participant its identity is
     * bound to (absent for the administrator) and the identity's id. Everyone may ask it of themselves, whatever
     * the access rules say of {@code Identity} records.
     */
    private static Answer ping(HostedNetwork network, Submitter caller) {
        ObjectNode json = JSON.createObjectNode().put("version", network.node().archive().version())
                .put("identity", caller.identityId());
        if (!caller.isAdmin()) {
            json.put("participant", "resource:" + caller.participant().type() + "#" + caller.participant().id());
        }
        return new Answer(200, json);
    }

    /** 404 for an item that does not exist, marked so that a client can tell it from an unknown type or network. */
    private static Answer absent(String message) {
        return new Answer(404, JSON.createObjectNode().put("error", message).put("absent", true));
    }

    private static Answer error(int status, String message) {
        return new Answer(status, JSON.createObjectNode().put("error", message == null ? "internal error" : message));
    }
}
