package dev.charter.runtime.context;

import dev.charter.runtime.NetworkException;
import dev.charter.runtime.access.AccessController;
import dev.charter.runtime.access.AccessSubject;
import dev.charter.runtime.json.WireFormat;
import dev.charter.runtime.model.TypeInfo;
import dev.charter.runtime.query.QueryCatalog;
import dev.charter.runtime.query.QueryEngine;
import dev.charter.runtime.query.QueryOptions;
import dev.charter.runtime.query.QueryPlan;
import dev.charter.runtime.query.QueryResult;
import dev.charter.runtime.registry.Registry;
import dev.charter.runtime.resource.Event;
import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.resource.Resource;
import dev.charter.runtime.resource.Transaction;
import dev.charter.runtime.resource.Typed;
import dev.charter.runtime.state.StateKeys;
import dev.charter.runtime.state.StateTransaction;
import dev.charter.runtime.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What transaction logic sees while one transaction runs: who submitted it, its id and signed
 * timestamp (never the wall clock), the registries, relationship resolution and event emission.
 * Generated handlers receive it; the {@code TransactionExecutor} creates one per transaction.
 * Not thread-safe: a transaction runs on one thread.
 */
public final class TransactionContext implements AccessSubject {

    private final WireFormat wire;
    private final Validator validator;
    private final AccessController access;
    private final StateTransaction state;
    private final Transaction transaction;
    private final Submitter submitter;
    private final QueryEngine queries;
    private final Map<Class<?>, Registry<?>> registries = new HashMap<>(8);
    private final List<Event> events = new ArrayList<>(2);
    /** Objects read or added in this transaction, by {@code type#id}: one instance per object. */
    private final Map<String, Resource> loaded = new HashMap<>(8);
    private Participant participant;
    /** The context access rules read through, created when a condition first needs it. */
    private TransactionContext forAccessRules;

    public TransactionContext(WireFormat wire, Validator validator, AccessController access, StateTransaction state,
            Transaction transaction, Submitter submitter) {
        this(wire, validator, access, state, transaction, submitter, new QueryEngine(wire, QueryCatalog.EMPTY));
    }

    /** A context whose registries keep the query engine's indexes and whose logic can run its named queries. */
    public TransactionContext(WireFormat wire, Validator validator, AccessController access, StateTransaction state,
            Transaction transaction, Submitter submitter, QueryEngine queries) {
        this.queries = queries;
        this.wire = wire;
        this.validator = validator;
        this.access = access;
        this.state = state;
        this.transaction = transaction;
        this.submitter = submitter;
    }

    /**
     * The participant that submitted the transaction, read from the state when first asked for; null
     * for the network administrator.
     *
     * @throws DanglingRelationshipException when the submitter's participant does not exist
     */
    @Override
    public Participant participant() {
        if (participant == null && !submitter.isAdmin()) {
            Relationship<? extends Participant> who = submitter.participant();
            Optional<TypeInfo> type = wire.model().type(who.type());
            if (type.isEmpty() || type.get().kind() != TypeInfo.Kind.PARTICIPANT) {
                throw new NetworkException("The submitter " + who + " is not a participant of the network");
            }
            byte[] json = state.get(StateKeys.resource(who.type(), who.id())).orElseThrow(() ->
                    new DanglingRelationshipException("Participant " + who.type() + "#" + who.id()
                            + ", which submitted the transaction, does not exist", who));
            participant = wire.fromBytes(json, Participant.class);
        }
        return participant;
    }

    /**
     * A view of this transaction for the conditions of access rules: it reads the same state (this
     * transaction's writes included) but asks no access controller, so that deciding about a resource
     * neither shows anything to the participant nor asks the rules again. It keeps its own objects, so
     * nothing it reads becomes visible to the logic without a check.
     */
    public TransactionContext forAccessRules() {
        if (access == AccessController.ALLOW_ALL) {
            return this;
        }
        if (forAccessRules == null) {
            forAccessRules = new TransactionContext(wire, validator, AccessController.ALLOW_ALL, state, transaction,
                    submitter);
            forAccessRules.participant = participant;
        }
        return forAccessRules;
    }

    public Submitter submitter() {
        return submitter;
    }

    /** The id of the identity the transaction was submitted with, or null. */
    public String identityId() {
        return submitter.identityId();
    }

    @Override
    public Transaction transaction() {
        return transaction;
    }

    public String transactionId() {
        return transaction.getTransactionId();
    }

    /** The transaction's signed timestamp: the only clock deterministic logic may read. */
    public Instant timestamp() {
        return transaction.getTimestamp();
    }

    /** The registry of a concrete asset or participant type (one instance per type and transaction). */
    @SuppressWarnings("unchecked")
    public <T extends Resource> Registry<T> registry(Class<T> type) {
        Registry<?> registry = registries.get(type);
        if (registry == null) {
            registry = new Registry<>(type, state, wire, validator, access, this, queries.indexes());
            registries.put(type, registry);
        }
        return (Registry<T>) registry;
    }

    /**
     * The registry of a concrete asset or participant type named by its qualified model name.
     *
     * @throws NetworkException when the network has no such type
     * @throws IllegalArgumentException when the type is abstract or not an asset or participant
     */
    @SuppressWarnings("unchecked")
    public Registry<Resource> registry(String qualifiedType) {
        Class<?> javaClass = wire.types().javaClass(qualifiedType);
        if (javaClass == null || !Resource.class.isAssignableFrom(javaClass)) {
            throw new NetworkException("There is no registry of " + qualifiedType + ": it is not "
                    + "an asset or participant type of the network");
        }
        return registry((Class<Resource>) javaClass);
    }

    /**
     * The object of a type with an identifier. Within one transaction every read of an object gives
     * the same instance, so logic can change it through any path that reaches it and then update it.
     *
     * @throws dev.charter.runtime.registry.RegistryException when there is no such object
     */
    public <T extends Resource> T get(Class<T> type, String id) {
        String key = wire.types().requireTypeOf(type).qualifiedName() + "#" + id;
        Resource known = loaded.get(key);
        if (known != null) {
            return type.cast(known);
        }
        T read = registry(type).get(id);
        loaded.put(key, read);
        return read;
    }

    public boolean exists(Class<? extends Resource> type, String id) {
        return registry(type).exists(id);
    }

    /** Adds a resource to the registry of its class. */
    public void add(Resource resource) {
        registryOf(resource).add(resource);
        loaded.put(resource.$class() + "#" + resource.$identifier(), resource);
    }

    /** Updates a resource in the registry of its class. */
    public void update(Resource resource) {
        registryOf(resource).update(resource);
    }

    /** Removes a resource from the registry of its class. */
    public void remove(Resource resource) {
        registryOf(resource).remove(resource);
        loaded.remove(resource.$class() + "#" + resource.$identifier());
    }

    /**
     * The resource a relationship points to.
     *
     * @throws DanglingRelationshipException when it does not exist
     */
    public <T extends Resource> T resolve(Relationship<T> relationship) {
        return find(relationship).orElseThrow(() -> new DanglingRelationshipException(
                "Relationship points to " + describe(relationship) + ", which does not exist", relationship));
    }

    /**
     * The resource a field of {@code owner} points to; the error names the field and its owner:
     * {@code Relationship owner of org.acme.Commodity#ABC points to org.acme.Trader#T9, which does not exist}.
     *
     * @throws DanglingRelationshipException when the relationship is not set or its resource does not exist
     */
    public <T extends Resource> T resolve(Relationship<T> relationship, Typed owner, String field) {
        if (relationship == null) {
            throw new DanglingRelationshipException("Relationship " + field + " of " + owner + " is not set", null);
        }
        return find(relationship).orElseThrow(() -> new DanglingRelationshipException("Relationship " + field + " of "
                + owner + " points to " + describe(relationship) + ", which does not exist", relationship));
    }

    /**
     * Runs a named query on the state as this transaction sees it (its own writes included), leaving out
     * what the participant may not read.
     *
     * @param type the generated class of the query's selected type
     * @throws dev.charter.runtime.query.QueryException when there is no such query or a parameter is missing or mistyped
     */
    public <T extends Resource> List<T> query(Class<T> type, String name, Map<String, ?> parameters) {
        return query(name, parameters, QueryOptions.DEFAULT).items().stream().map(type::cast).toList();
    }

    /** Runs a named query with paging or subtypes. */
    public QueryResult<Resource> query(String name, Map<String, ?> parameters, QueryOptions options) {
        return queries.run(state, access, this, name, parameters, options);
    }

    /** Runs a query plan, such as an ad-hoc statement's, on the state as this transaction sees it. */
    public QueryResult<Resource> query(QueryPlan plan, Map<String, ?> parameters, QueryOptions options) {
        return queries.run(state, access, this, plan, parameters, options);
    }

    /**
     * Emits an event: sets its id ({@code <transactionId>#<n>}, counting from 0) and timestamp (the
     * transaction's), validates it and keeps it, in emission order, until the transaction commits.
     */
    public void emit(Event event) {
        event.setEventId(transactionId() + "#" + events.size());
        event.setTimestamp(timestamp());
        validator.validate(wire.toJson(event));
        events.add(event);
    }

    /** The events emitted so far, in emission order. */
    public List<Event> events() {
        return Collections.unmodifiableList(events);
    }

    @SuppressWarnings("unchecked")
    private <T extends Resource> Optional<T> find(Relationship<T> relationship) {
        Class<?> javaClass = wire.types().javaClass(relationship.type());
        TypeInfo type = wire.model().type(relationship.type()).orElse(null);
        if (javaClass == null || type == null || !type.isRegistered()) {
            throw new NetworkException("Relationship to " + describe(relationship) + " cannot be resolved: "
                    + (type == null ? relationship.type() + " is not a type of the network"
                    : "only assets and participants are kept in registries"));
        }
        String key = relationship.type() + "#" + relationship.id();
        Resource known = loaded.get(key);
        if (known != null) {
            return Optional.of((T) known);
        }
        Optional<T> read = registry((Class<T>) javaClass).find(relationship.id());
        read.ifPresent(r -> loaded.put(key, r));
        return read;
    }

    @SuppressWarnings("unchecked")
    private Registry<Resource> registryOf(Resource resource) {
        return registry((Class<Resource>) resource.getClass());
    }

    private static String describe(Relationship<?> relationship) {
        return relationship.type() + "#" + relationship.id();
    }
}
