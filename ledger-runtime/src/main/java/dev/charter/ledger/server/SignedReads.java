package dev.charter.ledger.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /v1/networks/{n}/reads}: one read, signed by the identity it acts as (docs/ledger-protocol.md).
 * The envelope is a {@link SignedTransaction} whose payload is the read request; its signer is checked as
 * admission checks a transaction's ({@link dev.charter.ledger.tx.Admission#authenticate}), then the read runs
 * on a snapshot of the committed state (one block's, whatever commits meanwhile) as the signer's participant,
 * under the network's access rules ({@link NetworkReads}).
 */
final class SignedReads {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PAGE = Set.of("limit", "skip", "cursor", "orderBy", "descending");
    /** The fields of each kind of read, besides {@code read}, {@code network} and, for lists, the page's. */
    private static final Map<String, List<String>> FIELDS = Map.of(
            "ping", List.of(),
            "resource", List.of("type", "id"),
            "resources", List.of("type"),
            "history", List.of("type", "id"),
            "transaction", List.of("type", "id"),
            "transactions", List.of("type"),
            "historianRecord", List.of("id"),
            "historian", List.of(),
            "query", List.of("name", "parameters"),
            "where", List.of("type", "condition", "parameters"));
    private static final Set<String> OPTIONAL = Set.of("parameters", "condition");
    private static final Set<String> LISTS = Set.of("resources", "transactions", "historian", "query", "where");

    /** The status and body of the answer to a read. */
    record Answer(int status, JsonNode body) {
    }

    private SignedReads() {
    }

    /** Answers the read in {@code body} (the envelope's JSON); never throws for a bad request. */
    static Answer answer(HostedNetwork network, byte[] body) {
        try {
            SignedTransaction envelope;
            try {
                envelope = NodeServer.transactionFromJson(JSON.readTree(body));
            } catch (IOException e) {
                throw new IllegalArgumentException("The request body is not JSON: " + e.getMessage());
            }
            Verdict verdict = network.authenticate(envelope);
            if (verdict instanceof Verdict.Refused refused) {
                return error(401, refused.reason());
            }
            Submitter caller = ((Verdict.Admitted) verdict).submitter();
            JsonNode request;
            try {
                request = JSON.readTree(envelope.payload());
            } catch (IOException e) {
                throw new IllegalArgumentException("The payload of a read is a read request in JSON: " + e.getMessage());
            }
            try (RocksStateStore.Snapshot state = network.node().state().snapshot()) {
                return read(network, network.reads().on(state), caller, request);
            }
        } catch (AccessDeniedException e) {
            return error(403, e.getMessage());
        } catch (ReadException e) {
            return error(e.kind() == ReadException.Kind.NOT_FOUND ? 404 : 400, e.getMessage());
        } catch (IllegalArgumentException | NetworkException e) {
            return error(400, e.getMessage());
        }
    }

    private static Answer read(HostedNetwork network, NetworkReads reads, Submitter caller, JsonNode request) {
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
            if (!OPTIONAL.contains(field) && !request.path(field).isTextual()) {
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
