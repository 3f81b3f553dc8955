package dev.charter.rest.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.NetworkException;
import dev.charter.runtime.access.AccessController;
import dev.charter.runtime.access.AccessDeniedException;
import dev.charter.runtime.access.AccessOperation;
import dev.charter.runtime.access.AccessSubject;
import dev.charter.runtime.archive.NetworkArchive;
import dev.charter.runtime.context.DanglingRelationshipException;
import dev.charter.runtime.context.Submitter;
import dev.charter.runtime.context.TransactionContext;
import dev.charter.runtime.contract.LogicFailure;
import dev.charter.runtime.contract.TransactionExecutor;
import dev.charter.runtime.contract.TransactionOutcome;
import dev.charter.runtime.json.IsoTime;
import dev.charter.runtime.json.WireFormat;
import dev.charter.runtime.json.WireFormatException;
import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.model.TypeInfo;
import dev.charter.runtime.registry.RegistryException;
import dev.charter.runtime.resource.AssetTransaction;
import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.ParticipantTransaction;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.resource.Resource;
import dev.charter.runtime.resource.Transaction;
import dev.charter.runtime.resource.Typed;
import dev.charter.runtime.state.StateEntry;
import dev.charter.runtime.state.StateKeys;
import dev.charter.runtime.state.StateStore;
import dev.charter.runtime.state.StateStoreException;
import dev.charter.runtime.state.StateTransaction;
import dev.charter.runtime.state.StateVersion;
import dev.charter.runtime.validation.ValidationException;
import dev.charter.runtime.validation.Validator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The gateway of a network running in this JVM: a {@link NetworkArchive}'s {@link TransactionExecutor}
 * on a {@link StateStore}, with one writer thread that executes submitted transactions one after
 * another (each commit is a block) and reads served straight from the store.
 *
 * <p>Transaction ids are random; timestamps are the server's clock, made strictly increasing so that
 * the historian's order is the commit order — which is how the block log is rebuilt when the gateway
 * opens a store that already holds transactions.
 */
public final class EmbeddedGateway implements NetworkGateway {

    private static final String SYSTEM = ModelInfo.SYSTEM_NAMESPACE + ".";
    private static final String HISTORIAN_PREFIX = "historian/";
    private static final String TRANSACTION_PREFIX = "transaction/";

    private final NetworkArchive archive;
    private final StateStore store;
    private final AccessController access;
    private final WireFormat wire;
    private final Validator validator;
    private final TransactionExecutor executor;
    private final BlockLog blocks = new BlockLog();
    private final ExecutorService writer;
    /** The last timestamp given; written by the writer thread only. */
    private Instant lastTimestamp = Instant.EPOCH;

    private EmbeddedGateway(NetworkArchive archive, StateStore store, AccessController access) {
        this.archive = archive;
        this.store = store;
        this.access = access;
        this.wire = archive.wireFormat();
        this.validator = new Validator(wire.model());
        this.executor = archive.executor(store, access);
        this.writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "charter-writer-" + archive.name());
            thread.setDaemon(true);
            return thread;
        });
        rebuildBlocks();
    }

    /**
     * A gateway over the archive's executor on {@code store}, asking {@code access} before every operation.
     * The gateway owns the archive and the store: closing it closes them.
     */
    public static EmbeddedGateway open(NetworkArchive archive, StateStore store, AccessController access) {
        return new EmbeddedGateway(archive, store, access);
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

    // ---- writing ----------------------------------------------------------------------------------

    @Override
    public Submission submit(Caller caller, JsonNode transaction) {
        if (!(transaction instanceof ObjectNode)) {
            throw new GatewayException(Failure.INVALID, "A transaction is a JSON object with a $class");
        }
        String id = UUID.randomUUID().toString().replace("-", "");
        CompletableFuture<Committed> outcome = new CompletableFuture<>();
        try {
            writer.execute(() -> execute(id, transaction, caller, outcome));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw new GatewayException(Failure.INTERNAL, "The network " + archive.name() + " is shutting down");
        }
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
        try {
            validator.validate(resource);
        } catch (ValidationException e) {
            throw new GatewayException(Failure.INVALID, e.getMessage(), e.path(), null, e);
        }
        return resource;
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

    /** Runs on the writer thread: one transaction at a time, as the executor requires. */
    private void execute(String id, JsonNode json, Caller caller, CompletableFuture<Committed> outcome) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant timestamp = now.isAfter(lastTimestamp) ? now : lastTimestamp.plusMillis(1);
        lastTimestamp = timestamp;
        TransactionOutcome result;
        try {
            result = executor.execute(json, id, timestamp, caller.submitter());
        } catch (StateStoreException e) {
            outcome.completeExceptionally(new GatewayException(Failure.INTERNAL,
                    "The network's state store failed: " + e.getMessage(), null, id, e));
            return;
        } catch (RuntimeException e) {
            outcome.completeExceptionally(new GatewayException(Failure.INTERNAL, e.toString(), null, id, e));
            return;
        }
        if (result instanceof TransactionOutcome.Failed failed) {
            outcome.completeExceptionally(failure(failed, caller));
            return;
        }
        TransactionOutcome.Committed committed = (TransactionOutcome.Committed) result;
        List<JsonNode> events = committed.events().stream().map(e -> (JsonNode) wire.toJson(e)).toList();
        Block block = blocks.append(id, json.path("$class").asText(), timestamp, events);
        outcome.complete(new Committed(id, block.number(), returnValue(committed.returnValue()), events));
    }

    private JsonNode returnValue(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Typed typed ? wire.toJson(typed) : wire.mapper().valueToTree(value);
    }

    /** What kind of failure a transaction's failure is, from the runtime's exception. */
    static GatewayException failure(TransactionOutcome.Failed failed, Caller caller) {
        RuntimeException cause = failed.cause();
        Failure failure;
        String field = null;
        if (cause instanceof ValidationException validation) {
            failure = Failure.INVALID;
            field = validation.path();
        } else if (cause instanceof AccessDeniedException) {
            failure = Failure.FORBIDDEN;
        } else if (cause instanceof RegistryException registry) {
            failure = registry.alreadyExists() ? Failure.CONFLICT : Failure.NOT_FOUND;
        } else if (cause instanceof LogicFailure) {
            failure = Failure.REJECTED;
        } else if (cause instanceof DanglingRelationshipException dangling) {
            // The submitter's own participant missing is a matter of identity, not of the request.
            boolean submitter = dangling.relationship() != null && caller.participant() != null
                    && caller.participant().equals("resource:" + dangling.relationship().type() + "#"
                            + dangling.relationship().id());
            failure = submitter ? Failure.FORBIDDEN : Failure.REJECTED;
        } else if (cause instanceof WireFormatException || cause instanceof NetworkException) {
            failure = Failure.INVALID;
        } else {
            failure = Failure.INTERNAL;
        }
        return new GatewayException(failure, failed.message(), field, failed.transactionId(), cause);
    }

    // ---- reading ----------------------------------------------------------------------------------

    @Override
    public Optional<JsonNode> resource(Caller caller, String type, String id) {
        requireRegistered(type);
        AccessSubject subject = subject(caller);
        return store.get(StateKeys.resource(type, id)).map(bytes -> {
            checkRead(subject, bytes);
            return wire.readTree(bytes);
        });
    }

    @Override
    public boolean exists(Caller caller, String type, String id) {
        requireRegistered(type);
        subject(caller);
        return store.get(StateKeys.resource(type, id)).isPresent();
    }

    @Override
    public Page resources(Caller caller, String type, PageRequest page) {
        requireRegistered(type);
        String prefix = StateKeys.resourcePrefix(type);
        return page(subject(caller), type, store.scan(prefix), prefix, page);
    }

    @Override
    public Optional<JsonNode> transaction(Caller caller, String type, String id) {
        requireTransactionType(type);
        AccessSubject subject = subject(caller);
        return store.get(StateKeys.transaction(id)).filter(bytes -> isOfType(bytes, type)).map(bytes -> {
            checkRead(subject, bytes);
            return wire.readTree(bytes);
        });
    }

    @Override
    public Page transactions(Caller caller, String type, PageRequest page) {
        requireTransactionType(type);
        List<StateEntry> ofType = store.scan(TRANSACTION_PREFIX).stream().filter(e -> isOfType(e.value(), type)).toList();
        return page(subject(caller), type, ofType, TRANSACTION_PREFIX, page);
    }

    @Override
    public List<ResourceVersion> history(Caller caller, String type, String id) {
        requireRegistered(type);
        AccessSubject subject = subject(caller);
        List<ResourceVersion> versions = new ArrayList<>();
        for (StateVersion version : store.history(StateKeys.resource(type, id))) {
            if (version.value() != null && !readable(subject, version.value())) {
                continue;
            }
            Optional<JsonNode> record = store.get(StateKeys.historian(version.transactionId())).map(wire::readTree);
            versions.add(new ResourceVersion(version.transactionId(),
                    record.map(r -> r.path("transactionType").asText(null)).orElse(null),
                    record.map(r -> IsoTime.parse(r.get("transactionTimestamp").asText())).orElse(null),
                    version.value() == null ? null : wire.readTree(version.value())));
        }
        return versions;
    }

    @Override
    public Optional<JsonNode> historianRecord(Caller caller, String transactionId) {
        AccessSubject subject = subject(caller);
        return store.get(StateKeys.historian(transactionId)).map(bytes -> {
            checkRead(subject, bytes);
            return wire.readTree(bytes);
        });
    }

    @Override
    public Page historian(Caller caller, PageRequest page) {
        return page(subject(caller), SYSTEM + "HistorianRecord", store.scan(HISTORIAN_PREFIX), HISTORIAN_PREFIX, page);
    }

    @Override
    public long height() {
        return blocks.height();
    }

    @Override
    public Subscription subscribe(long fromBlock, Consumer<Block> listener) {
        return blocks.subscribe(fromBlock, listener);
    }

    @Override
    public List<JsonNode> query(Caller caller, String name, Map<String, String> parameters) {
        throw new GatewayException(Failure.UNSUPPORTED, "Query " + name + " cannot run: named queries need Charter's "
                + "query engine, which the embedded gateway does not have yet");
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        blocks.close();
        archive.close();
        if (store instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot close the state store: " + e.getMessage(), e);
            }
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

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

    /** Canonical JSON starts with {@code $class}: a transaction's type is known without parsing it. */
    private static boolean isOfType(byte[] json, String type) {
        byte[] prefix = ("{\"$class\":\"" + type + "\"").getBytes(UTF_8);
        if (json.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (json[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private Page page(AccessSubject subject, String type, List<StateEntry> entries, String prefix, PageRequest request) {
        List<StateEntry> visible = access == AccessController.ALLOW_ALL ? entries
                : entries.stream().filter(e -> readable(subject, e.value())).toList();
        int start = 0;
        List<JsonNode> items;
        if (request.orderBy() != null) {
            if (wire.model().field(type, request.orderBy()) == null) {
                throw new GatewayException(Failure.INVALID, type + " has no field named " + request.orderBy()
                        + " to order by", "order", null, null);
            }
            Comparator<JsonNode> order = Comparator.comparing((JsonNode node) -> node.get(request.orderBy()),
                    Comparator.nullsLast(EmbeddedGateway::compareValues));
            items = visible.stream().map(e -> wire.readTree(e.value()))
                    .sorted(request.descending() ? order.reversed() : order).toList();
        } else {
            if (request.cursor() != null) {
                String after = prefix + decodeCursor(request.cursor());
                while (start < visible.size() && visible.get(start).key().compareTo(after) <= 0) {
                    start++;
                }
            }
            List<StateEntry> window = visible.subList(Math.min(visible.size(), start + request.skip()),
                    Math.min(visible.size(), start + request.skip() + request.limit()));
            boolean more = start + request.skip() + request.limit() < visible.size();
            List<JsonNode> pageItems = window.stream().map(e -> wire.readTree(e.value())).toList();
            String next = more && !window.isEmpty()
                    ? encodeCursor(window.get(window.size() - 1).key().substring(prefix.length())) : null;
            return new Page(pageItems, next);
        }
        int from = Math.min(items.size(), request.skip());
        int to = Math.min(items.size(), from + request.limit());
        return new Page(items.subList(from, to), null);
    }

    private static int compareValues(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.asDouble(), b.asDouble());
        }
        return a.asText().compareTo(b.asText());
    }

    private static String encodeCursor(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(UTF_8));
    }

    private static String decodeCursor(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), UTF_8);
        } catch (IllegalArgumentException e) {
            throw new GatewayException(Failure.INVALID, "The cursor " + cursor + " was not given by this server",
                    "cursor", null, e);
        }
    }

    /**
     * The caller as the access rules see it outside any transaction: a context on the current state that is
     * never committed, so that rules whose conditions follow relationships can read them.
     */
    private TransactionContext subject(Caller caller) {
        Submitter submitter = Submitter.admin(null);
        if (!caller.isAdmin()) {
            Relationship<Participant> participant = Relationship.parse(caller.participant());
            Optional<TypeInfo> type = wire.model().type(participant.type());
            if (type.isEmpty() || type.get().kind() != TypeInfo.Kind.PARTICIPANT) {
                throw new GatewayException(Failure.FORBIDDEN, "The caller " + caller
                        + " is not a participant of the network");
            }
            if (store.get(StateKeys.resource(participant.type(), participant.id())).isEmpty()) {
                throw new GatewayException(Failure.FORBIDDEN, "Participant " + caller + ", which this request acts as, "
                        + "does not exist");
            }
            submitter = Submitter.of(participant, null);
        }
        return new TransactionContext(wire, validator, access, new StateTransaction(store), null, submitter,
                archive.queries());
    }

    private void checkRead(AccessSubject subject, byte[] json) {
        if (access != AccessController.ALLOW_ALL) {
            Resource resource = wire.fromBytes(json, Resource.class);
            if (!access.allows(AccessOperation.READ, subject, resource)) {
                AccessDeniedException denied = new AccessDeniedException(AccessOperation.READ, subject.participant(), resource);
                throw new GatewayException(Failure.FORBIDDEN, denied.getMessage(), null, null, denied);
            }
        }
    }

    private boolean readable(AccessSubject subject, byte[] json) {
        return access == AccessController.ALLOW_ALL
                || access.allows(AccessOperation.READ, subject, wire.fromBytes(json, Resource.class));
    }

    /** Blocks of transactions committed before this gateway opened the store, in historian (commit) order. */
    private void rebuildBlocks() {
        List<JsonNode> records = store.scan(HISTORIAN_PREFIX).stream().map(e -> wire.readTree(e.value()))
                .sorted(Comparator.comparing((JsonNode r) -> IsoTime.parse(r.get("transactionTimestamp").asText()))
                        .thenComparing(r -> r.get("transactionId").asText()))
                .toList();
        for (JsonNode record : records) {
            Instant timestamp = IsoTime.parse(record.get("transactionTimestamp").asText());
            List<JsonNode> events = new ArrayList<>();
            record.path("eventsEmitted").forEach(events::add);
            blocks.append(record.get("transactionId").asText(), record.get("transactionType").asText(), timestamp, events);
            lastTimestamp = timestamp;
        }
    }
}
