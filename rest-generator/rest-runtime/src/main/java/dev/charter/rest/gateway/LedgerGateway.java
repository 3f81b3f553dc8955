package dev.charter.rest.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.ledger.card.Card;
import dev.charter.ledger.client.LedgerClient;
import dev.charter.ledger.client.LedgerClientException;
import dev.charter.ledger.client.NetworkIdentities;
import dev.charter.ledger.client.NetworkReader;
import dev.charter.ledger.client.ReadPage;
import dev.charter.ledger.client.SubmitResult;
import dev.charter.ledger.crypto.Certificate;
import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.identity.IdentityException;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.ledger.tx.TransactionSigner;
import dev.charter.runtime.archive.NetworkArchive;
import dev.charter.runtime.json.IsoTime;
import dev.charter.runtime.json.WireFormat;
import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.model.TypeInfo;
import dev.charter.runtime.resource.AssetTransaction;
import dev.charter.runtime.resource.Identity;
import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.ParticipantTransaction;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.validation.ValidationException;
import dev.charter.runtime.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway of a network hosted by a ledger node, spoken to with {@link LedgerClient}: every write is a
 * transaction signed with the caller's card and submitted to the node (creating, replacing and removing
 * resources are Composer's registry system transactions), every read a signed read request
 * ({@link NetworkReader}) that the node answers as the caller's identity under the network's access rules,
 * and blocks and events come from the node's chain, read as the caller's identity too (the node serves them to
 * members only). The gateway keeps no state of its own.
 *
 * <p>What the node says is mapped to {@link Failure}s: data that does not fit the model is found here first,
 * with the runtime's validator, so that a 400 names the field; a transaction refused before ordering (unknown
 * or revoked identity, bad signature) is {@link Failure#UNAUTHENTICATED}; one refused in its block by the
 * access rules {@link Failure#FORBIDDEN}, by a registry {@link Failure#CONFLICT} or {@link Failure#NOT_FOUND},
 * and by the logic {@link Failure#REJECTED} — told apart by the runtime's messages, which the block records.
 */
public final class LedgerGateway implements NetworkGateway {

    private static final String SYSTEM = ModelInfo.SYSTEM_NAMESPACE + ".";
    private static final Pattern ACCESS_DENIED = Pattern.compile(
            "(Participant '[^']*'|The network administrator) does not have '\\w+' access to resource '.*'");
    private static final Pattern ALREADY_EXISTS = Pattern.compile("Object with ID '.*' in collection with ID '.*' already exists");
    private static final Pattern DOES_NOT_EXIST = Pattern.compile("Object with ID '.*' in collection with ID '.*' does not exist");
    /** The runtime validator's messages (Violations), with the field they name. */
    private static final Pattern INVALID = Pattern.compile("(?:Model violation in instance|Instance) \\S+ (?:field"
            + "|missing required field|has property|has a property named|invalid enum value .* for field) (\\w+).*",
            Pattern.DOTALL);
    private static final Pattern MISSING_PARTICIPANT = Pattern.compile("Participant '[^']*' of identity .* does not exist");

    private final LedgerClient client;
    private final NetworkArchive archive;
    private final WireFormat wire;
    private final Validator validator;
    private final Clock clock;
    private final Map<String, NetworkReader> readers = new ConcurrentHashMap<>();

    private LedgerGateway(LedgerClient client, NetworkArchive archive, Clock clock) {
        this.client = client;
        this.archive = archive;
        this.wire = archive.wireFormat();
        this.validator = new Validator(wire.model());
        this.clock = clock;
    }

    /**
     * A gateway to the network {@code archive} holds (its model checks requests before they reach the node), as
     * the node {@code client} speaks to hosts it. The gateway owns the archive: closing it closes the archive.
     *
     * @throws GatewayException when the node does not host that network
     */
    public static LedgerGateway open(LedgerClient client, NetworkArchive archive, Clock clock) {
        LedgerGateway gateway = new LedgerGateway(client, archive, clock);
        gateway.call(() -> client.network(archive.name()));
        return gateway;
    }

    @Override
    public String networkName() {
        return archive.name();
    }

    @Override
    public String networkVersion() {
        return archive.version();
    }

    @Override
    public ModelInfo model() {
        return wire.model();
    }

    @Override
    public Caller caller(Card card) {
        if (!card.connection().network().equals(archive.name())) {
            throw new GatewayException(Failure.UNAUTHENTICATED, card + " is for network " + card.connection().network()
                    + ", not " + archive.name());
        }
        String participant = call(() -> reader(card).ping()).path("participant").asText(null);
        return new Caller(participant, card);
    }

    // ---- writing ----------------------------------------------------------------------------------

    @Override
    public Submission submit(Caller caller, JsonNode transaction) {
        if (!(transaction instanceof ObjectNode)) {
            throw new GatewayException(Failure.INVALID, "A transaction is a JSON object with a $class");
        }
        SignedTransaction signed;
        try {
            signed = TransactionSigner.of(caller.card()).sign(wire.mapper().writeValueAsBytes(transaction), clock.instant());
        } catch (IllegalArgumentException | JsonProcessingException e) {
            throw new GatewayException(Failure.INVALID, e.getMessage());
        }
        JsonNode payload = wire.readTree(signed.payload());
        if (!payload.path("$class").asText().startsWith(SYSTEM)) {
            validate(payload, signed.transactionId());
        }
        String id = signed.transactionId();
        CompletableFuture<Committed> outcome = client.submitBatchAsync(archive.name(), List.of(signed), true)
                .handle((results, failure) -> {
                    if (failure != null) {
                        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                                ? failure.getCause() : failure;
                        throw cause instanceof LedgerClientException node ? failure(node, id)
                                : new GatewayException(Failure.INTERNAL, "The node could not be reached: " + cause, null, id,
                                        cause);
                    }
                    SubmitResult result = results.get(0);
                    if (!result.committed()) {
                        throw refusal(result);
                    }
                    return new Committed(id, result.block(), result.returnValue(), result.events());
                });
        return new Submission(id, outcome);
    }

    @Override
    public Submission create(Caller caller, String type, JsonNode resource) {
        return submit(caller, registryTransaction("Add", requireRegistered(type), validated(resource), null));
    }

    @Override
    public Submission update(Caller caller, String type, JsonNode resource) {
        return submit(caller, registryTransaction("Update", requireRegistered(type), validated(resource), null));
    }

    @Override
    public Submission remove(Caller caller, String type, String id) {
        return submit(caller, registryTransaction("Remove", requireRegistered(type), null, id));
    }

    private JsonNode validated(JsonNode resource) {
        validate(resource, null);
        return resource;
    }

    private void validate(JsonNode json, String transactionId) {
        try {
            validator.validate(json);
        } catch (ValidationException e) {
            throw new GatewayException(Failure.INVALID, e.getMessage(), e.path(), transactionId, e);
        }
    }

    private ObjectNode registryTransaction(String operation, TypeInfo type, JsonNode resource, String id) {
        boolean asset = type.kind() == TypeInfo.Kind.ASSET;
        ObjectNode json = wire.mapper().createObjectNode();
        json.put("$class", SYSTEM + operation + (asset ? "Asset" : "Participant"));
        json.put("targetRegistry", "resource:" + (asset ? AssetTransaction.REGISTRY_TYPE
                : ParticipantTransaction.REGISTRY_TYPE) + "#" + type.qualifiedName());
        ArrayNode resources = json.putArray("resources");
        if (resource != null) {
            resources.add(resource);
        }
        if (id != null) {
            json.putArray("resourceIds").add(id);
        }
        return json;
    }

    /** Why the node refused a transaction, as a failure of the kind its reason shows. */
    static GatewayException refusal(SubmitResult result) {
        String reason = result.reason() == null ? result.toString() : result.reason();
        Failure failure;
        String field = null;
        Matcher invalid = INVALID.matcher(reason);
        if (result.block() < 0) {
            failure = MISSING_PARTICIPANT.matcher(reason).matches() ? Failure.FORBIDDEN : Failure.UNAUTHENTICATED;
        } else if (ACCESS_DENIED.matcher(reason).matches() || reason.startsWith("Only the network administrator may")) {
            failure = Failure.FORBIDDEN;
        } else if (ALREADY_EXISTS.matcher(reason).matches()) {
            failure = Failure.CONFLICT;
        } else if (DOES_NOT_EXIST.matcher(reason).matches()) {
            failure = Failure.NOT_FOUND;
        } else if (invalid.matches()) {
            // a resource the logic made from the request's values failed validation: the request was bad
            failure = Failure.INVALID;
            field = invalid.group(1);
        } else {
            failure = Failure.REJECTED;
        }
        return new GatewayException(failure, reason, field, result.transactionId(), null);
    }

    // ---- reading ----------------------------------------------------------------------------------

    @Override
    public Optional<JsonNode> resource(Caller caller, String type, String id) {
        requireRegistered(type);
        return call(() -> reader(caller).resource(type, id));
    }

    @Override
    public boolean exists(Caller caller, String type, String id) {
        try {
            return resource(caller, type, id).isPresent();
        } catch (GatewayException e) {
            if (e.failure() == Failure.FORBIDDEN) {
                return true; // it exists; the caller may not read it
            }
            throw e;
        }
    }

    @Override
    public Page resources(Caller caller, String type, PageRequest page) {
        requireRegistered(type);
        return page(() -> reader(caller).resources(type, request(page)));
    }

    @Override
    public Optional<JsonNode> transaction(Caller caller, String type, String id) {
        requireTransactionType(type);
        return call(() -> reader(caller).transaction(type, id));
    }

    @Override
    public Page transactions(Caller caller, String type, PageRequest page) {
        requireTransactionType(type);
        return page(() -> reader(caller).transactions(type, request(page)));
    }

    @Override
    public List<ResourceVersion> history(Caller caller, String type, String id) {
        requireRegistered(type);
        List<JsonNode> versions;
        try {
            versions = reader(caller).history(type, id);
        } catch (LedgerClientException e) {
            if (e.status() == 404) {
                return List.of();
            }
            throw failure(e, null);
        }
        List<ResourceVersion> history = new ArrayList<>(versions.size());
        for (JsonNode version : versions) {
            String transactionId = version.path("transactionId").asText();
            String transactionType = version.path("transactionType").asText(null);
            JsonNode timestamp = version.get("timestamp");
            JsonNode value = version.get("value");
            history.add(new ResourceVersion(transactionId, transactionType,
                    timestamp == null || timestamp.isNull() ? null : IsoTime.parse(timestamp.asText()),
                    value == null || value.isNull() ? null : value));
        }
        return history;
    }

    @Override
    public Optional<JsonNode> historianRecord(Caller caller, String transactionId) {
        return call(() -> reader(caller).historianRecord(transactionId));
    }

    @Override
    public Page historian(Caller caller, PageRequest page) {
        return page(() -> reader(caller).historian(request(page)));
    }

    @Override
    public Page query(Caller caller, String name, Map<String, String> parameters, PageRequest page) {
        return page(() -> reader(caller).query(name, parameters, request(page)));
    }

    @Override
    public Page where(Caller caller, String type, String condition, Map<String, String> parameters, PageRequest page) {
        requireRegistered(type);
        return page(() -> reader(caller).where(type, condition, parameters, request(page)));
    }

    @Override
    public long height() {
        return call(() -> client.network(archive.name())).path("height").asLong();
    }

    @Override
    public JsonNode block(Caller caller, long number) {
        if (!caller.isAdmin()) {
            throw new GatewayException(Failure.FORBIDDEN, "Only the network administrator may read blocks: they hold "
                    + "every transaction, whatever the access rules");
        }
        return call(() -> reader(caller).block(number));
    }

    @Override
    public Subscription subscribe(Caller caller, long fromBlock, Consumer<CommittedEvent> listener) {
        return new EventFollower(reader(caller), fromBlock, listener);
    }

    // ---- identities -------------------------------------------------------------------------------

    @Override
    public Page identities(Caller caller, PageRequest page) {
        return page(() -> reader(caller).resources(Identity.TYPE, request(page)));
    }

    @Override
    public Card issueIdentity(Caller caller, String participant, String name) {
        if (name == null || name.isBlank()) {
            throw new GatewayException(Failure.INVALID, "An identity needs a userID: its name", "userID", null, null);
        }
        return identities(caller, identities -> identities.issue(participant(participant), name, KeyAlgorithm.ECDSA_P256)
                .card());
    }

    @Override
    public void bindIdentity(Caller caller, String participant, String certificate) {
        Certificate parsed;
        try {
            parsed = Certificate.ofPem(certificate == null ? "" : certificate);
        } catch (IllegalArgumentException e) {
            throw new GatewayException(Failure.INVALID, "certificate is not a PEM certificate: " + e.getMessage(),
                    "certificate", null, e);
        }
        Relationship<Participant> who = participant(participant);
        identities(caller, identities -> identities.bind("resource:" + who.type() + "#" + who.id(), parsed));
    }

    @Override
    public void revokeIdentity(Caller caller, String identityId) {
        identities(caller, identities -> identities.revoke(identityId));
    }

    private <T> T identities(Caller caller, Function<NetworkIdentities, T> action) {
        try {
            return action.apply(new NetworkIdentities(client, caller.card(), clock));
        } catch (IdentityException e) {
            throw new GatewayException(e.getMessage().startsWith("Only the network administrator may") ? Failure.FORBIDDEN
                    : e.getMessage().contains("does not exist") || e.getMessage().contains("is not known")
                            ? Failure.NOT_FOUND : Failure.CONFLICT, e.getMessage());
        } catch (LedgerClientException e) {
            throw failure(e, null);
        }
    }

    private Relationship<Participant> participant(String text) {
        Relationship<Participant> participant;
        try {
            participant = Relationship.parse(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw new GatewayException(Failure.INVALID, "participant must be written resource:<type>#<id>, not '" + text
                    + "'", "participant", null, e);
        }
        Optional<TypeInfo> type = wire.model().type(participant.type());
        if (type.isEmpty() || type.get().kind() != TypeInfo.Kind.PARTICIPANT) {
            throw new GatewayException(Failure.INVALID, participant.type() + " is not a participant type of network "
                    + archive.name(), "participant", null, null);
        }
        return participant;
    }

    @Override
    public void close() {
        archive.close();
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private NetworkReader reader(Caller caller) {
        return reader(caller.card());
    }

    private NetworkReader reader(Card card) {
        return readers.computeIfAbsent(card.identityId(), id -> new NetworkReader(client, card));
    }

    private static ReadPage.Request request(PageRequest page) {
        return new ReadPage.Request(page.limit(), page.skip(), page.cursor(), page.orderBy(), page.descending());
    }

    private Page page(Supplier<ReadPage> read) {
        ReadPage page = call(read);
        return new Page(page.items(), page.nextCursor());
    }

    private <T> T call(Supplier<T> read) {
        try {
            return read.get();
        } catch (LedgerClientException e) {
            throw failure(e, null);
        }
    }

    /** A failure the node answered with, by its status. */
    private static GatewayException failure(LedgerClientException e, String transactionId) {
        String message = e.getMessage();
        Failure failure = switch (e.status()) {
            case 400 -> Failure.INVALID;
            case 401 -> MISSING_PARTICIPANT.matcher(message).matches() ? Failure.FORBIDDEN : Failure.UNAUTHENTICATED;
            case 403 -> Failure.FORBIDDEN;
            case 404 -> Failure.NOT_FOUND;
            case 409 -> Failure.CONFLICT;
            default -> Failure.INTERNAL;
        };
        return new GatewayException(failure, message, null, transactionId, e);
    }

    private TypeInfo requireRegistered(String type) {
        TypeInfo info = wire.model().type(type).orElseThrow(() ->
                new GatewayException(Failure.NOT_FOUND, "The network has no type " + type));
        if (!info.isRegistered() || info.isAbstract() || type.startsWith(SYSTEM)) {
            throw new GatewayException(Failure.INVALID, type + " is not a concrete asset or participant type of the network");
        }
        return info;
    }

    private void requireTransactionType(String type) {
        TypeInfo info = wire.model().type(type).orElseThrow(() ->
                new GatewayException(Failure.NOT_FOUND, "The network has no type " + type));
        if (info.kind() != TypeInfo.Kind.TRANSACTION) {
            throw new GatewayException(Failure.INVALID, type + " is not a transaction type of the network");
        }
    }

    /**
     * Follows the node's event stream, as the reader's identity, on a daemon thread of its own and hands each
     * event on, numbered within its block. Closing it stops delivery at once; the thread ends with the next event
     * or when the node closes the stream (it stopped, or no longer accepts the identity).
     */
    private static final class EventFollower implements Subscription {

        private volatile boolean open = true;
        private final CompletableFuture<Void> ended = new CompletableFuture<>();

        EventFollower(NetworkReader reader, long fromBlock, Consumer<CommittedEvent> listener) {
            Thread thread = new Thread(() -> {
                long[] block = {-1};
                int[] index = {0};
                try {
                    reader.events(fromBlock, line -> {
                        if (!open) {
                            return false;
                        }
                        long number = line.path("block").asLong();
                        index[0] = number == block[0] ? index[0] + 1 : 0;
                        block[0] = number;
                        listener.accept(new CommittedEvent(number, index[0], line.path("transactionId").asText(),
                                line.get("event")));
                        return open;
                    });
                    ended.complete(null);
                } catch (RuntimeException e) {
                    // the listener failed (its client went away), or the node ended the stream: delivery ends
                    ended.completeExceptionally(e);
                } finally {
                    open = false;
                }
            }, "charter-events-" + reader.network());
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public CompletionStage<Void> ended() {
            return ended;
        }

        @Override
        public void close() {
            open = false;
        }
    }
}
