package dev.charter.runtime.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.access.AccessController;
import dev.charter.runtime.access.AccessOperation;
import dev.charter.runtime.access.AccessSubject;
import dev.charter.runtime.json.WireFormat;
import dev.charter.runtime.model.TypeInfo;
import dev.charter.runtime.query.Indexes;
import dev.charter.runtime.resource.Resource;
import dev.charter.runtime.state.StateEntry;
import dev.charter.runtime.state.StateKeys;
import dev.charter.runtime.state.StateTransaction;
import dev.charter.runtime.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The assets or participants of one concrete type, as a transaction sees them (Composer's
 * {@code AssetRegistry} and {@code ParticipantRegistry}): stored under
 * {@code resource/<type>/<id>} in the transaction's {@link StateTransaction}.
 *
 * <p>Objects are validated against the model when added or updated (written in the wire format,
 * then checked by the {@link Validator}); every operation asks the {@link AccessController} first.
 * Objects returned are fresh copies: changing one changes nothing until it is passed to
 * {@link #update}. A registry holds exactly one concrete type — subtypes have registries of their
 * own — so {@link #getAll} returns instances of this type only. As in Composer, {@link #get},
 * {@link #find} and {@link #exists} ask READ, {@link #getAll} leaves out what the participant may not
 * read, and {@link #update} is judged against the object as stored, before the change.
 *
 * @param <T> the generated class of the type
 */
public final class Registry<T extends Resource> {

    private final Class<T> javaClass;
    private final TypeInfo type;
    private final String id;
    private final String keyPrefix;
    private final StateTransaction state;
    private final WireFormat wire;
    private final Validator validator;
    private final AccessController access;
    private final AccessSubject subject;
    private final Indexes indexes;

    /**
     * A registry whose type has no secondary indexes.
     *
     * @throws IllegalArgumentException when the class is not a concrete asset or participant type of the model
     */
    public Registry(Class<T> javaClass, StateTransaction state, WireFormat wire, Validator validator,
            AccessController access, AccessSubject subject) {
        this(javaClass, state, wire, validator, access, subject, Indexes.NONE);
    }

    /**
     * A registry that keeps the type's secondary indexes up to date in the same state transaction.
     *
     * @throws IllegalArgumentException when the class is not a concrete asset or participant type of the model
     */
    public Registry(Class<T> javaClass, StateTransaction state, WireFormat wire, Validator validator,
            AccessController access, AccessSubject subject, Indexes indexes) {
        this.javaClass = javaClass;
        this.type = wire.types().requireTypeOf(javaClass);
        if (!type.isRegistered()) {
            throw new IllegalArgumentException("Registries hold assets and participants; " + type.qualifiedName()
                    + " is " + (type.kind() == TypeInfo.Kind.EVENT ? "an " : "a ")
                    + type.kind().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (type.isAbstract()) {
            throw new IllegalArgumentException("Type " + type.qualifiedName()
                    + " is abstract; registries hold one concrete type each");
        }
        this.id = (type.kind() == TypeInfo.Kind.ASSET ? "Asset:" : "Participant:") + type.qualifiedName();
        this.keyPrefix = StateKeys.resourcePrefix(type.qualifiedName());
        this.state = state;
        this.wire = wire;
        this.validator = validator;
        this.access = access;
        this.subject = subject;
        this.indexes = indexes.covers(type.qualifiedName()) ? indexes : null;
    }

    /** Composer's collection id: {@code Asset:org.acme.Commodity} or {@code Participant:org.acme.Trader}. */
    public String id() {
        return id;
    }

    public TypeInfo type() {
        return type;
    }

    /**
     * @throws RegistryException when an object with the same id exists
     * @throws dev.charter.runtime.validation.ValidationException when the object does not conform to the model
     */
    public void add(T resource) {
        checkType(resource);
        access.checkCreate(subject, resource);
        Validated json = validated(resource);
        String key = keyPrefix + resource.$identifier();
        if (state.exists(key)) {
            throw RegistryException.alreadyExists(id, resource.$identifier());
        }
        put(key, resource.$identifier(), null, json);
    }

    /** Adds each object in turn; within a transaction, a failure fails (and discards) the whole transaction. */
    public void addAll(Collection<? extends T> resources) {
        for (T resource : resources) {
            add(resource);
        }
    }

    /** @throws RegistryException when no object with the id exists */
    public void update(T resource) {
        checkType(resource);
        String key = keyPrefix + resource.$identifier();
        byte[] before = state.get(key).orElseThrow(() -> RegistryException.doesNotExist(id, resource.$identifier()));
        // As in Composer, the rules judge the resource as it is stored, not as the logic changed it:
        // otherwise a participant could give itself access by changing the fields a condition reads.
        if (access != AccessController.ALLOW_ALL) {
            access.checkUpdate(subject, wire.fromBytes(before, javaClass));
        }
        put(key, resource.$identifier(), before, validated(resource));
    }

    public void updateAll(Collection<? extends T> resources) {
        for (T resource : resources) {
            update(resource);
        }
    }

    /** @throws RegistryException when no object with the resource's id exists */
    public void remove(T resource) {
        remove(identifierOf(resource));
    }

    /**
     * Removes the object with the id; like an update, the removal is judged against the object as stored.
     *
     * @throws RegistryException when no object with the id exists
     */
    public void remove(String objectId) {
        String key = keyPrefix + objectId;
        byte[] json = state.get(key).orElseThrow(() -> RegistryException.doesNotExist(id, objectId));
        access.checkDelete(subject, wire.fromBytes(json, javaClass));
        delete(key, objectId, json);
    }

    /** @throws RegistryException when no object with the id exists */
    public T get(String objectId) {
        return find(objectId).orElseThrow(() -> RegistryException.doesNotExist(id, objectId));
    }

    /** The object with the id, if there is one (and the participant may read it, else access is denied). */
    public Optional<T> find(String objectId) {
        Optional<byte[]> json = state.get(keyPrefix + objectId);
        if (json.isEmpty()) {
            return Optional.empty();
        }
        T resource = wire.fromBytes(json.get(), javaClass);
        access.checkRead(subject, resource);
        return Optional.of(resource);
    }

    /**
     * Whether an object with the id exists; as Composer did, asking about one the participant may not
     * read is refused.
     *
     * @throws dev.charter.runtime.access.AccessDeniedException when it exists and may not be read
     */
    public boolean exists(String objectId) {
        if (access == AccessController.ALLOW_ALL) {
            return state.exists(keyPrefix + objectId);
        }
        return find(objectId).isPresent();
    }

    /** Every object of this type the participant may read, in id order (bytewise UTF-8). */
    public List<T> getAll() {
        List<StateEntry> entries = state.scan(keyPrefix);
        List<T> resources = new ArrayList<>(entries.size());
        for (StateEntry entry : entries) {
            T resource = wire.fromBytes(entry.value(), javaClass);
            if (access.allows(AccessOperation.READ, subject, resource)) {
                resources.add(resource);
            }
        }
        return resources;
    }

    private void checkType(T resource) {
        if (!type.qualifiedName().equals(resource.$class())) {
            throw new IllegalArgumentException("Registry " + id + " holds " + type.qualifiedName() + " only, not "
                    + resource.$class());
        }
    }

    private void put(String key, String objectId, byte[] before, Validated json) {
        state.put(key, json.bytes());
        if (indexes != null) {
            indexes.update(state, type.qualifiedName(), objectId, before == null ? null : wire.readTree(before),
                    json.tree());
        }
    }

    private void delete(String key, String objectId, byte[] before) {
        state.delete(key);
        if (indexes != null) {
            indexes.update(state, type.qualifiedName(), objectId, wire.readTree(before), null);
        }
    }

    private String identifierOf(T resource) {
        checkType(resource);
        String objectId = resource.$identifier();
        if (objectId == null) {
            throw new IllegalArgumentException("An instance of " + type.qualifiedName() + " has no identifier");
        }
        return objectId;
    }

    /** An object's canonical bytes and the tree the validator accepted, which the indexes read too. */
    private record Validated(byte[] bytes, JsonNode tree) {
    }

    /** The object's canonical bytes, once the validator has accepted them (a missing identifier included). */
    private Validated validated(T resource) {
        byte[] json = wire.toBytes(resource);
        JsonNode tree = wire.readTree(json);
        validator.validate(tree);
        return new Validated(json, tree);
    }
}
