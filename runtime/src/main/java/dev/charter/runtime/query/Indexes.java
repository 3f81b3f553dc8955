package dev.charter.runtime.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.state.StateTransaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the secondary indexes of a network in step with its resources: registries call
 * {@link #update} with a resource's JSON before and after each add, update and remove, in the same
 * {@link StateTransaction}, so index entries commit (or are discarded) with the resource itself.
 * Thread-safe (immutable).
 */
public final class Indexes {

    /** No indexes: nothing is written. */
    public static final Indexes NONE = new Indexes(Map.of());

    private static final byte[] ENTRY = new byte[0];

    private final Map<String, List<Index>> byType;

    private Indexes(Map<String, List<Index>> byType) {
        this.byType = byType;
    }

    /**
     * @throws QueryException when a definition names a field its type does not have
     */
    public static Indexes of(ModelInfo model, List<IndexDefinition> definitions) {
        Map<String, List<Index>> byType = new HashMap<>();
        for (IndexDefinition definition : definitions) {
            List<FieldPath> fields = definition.fields().stream()
                    .map(f -> FieldPath.resolve(model, definition.type(), f)).toList();
            byType.computeIfAbsent(definition.type(), t -> new ArrayList<>()).add(new Index(definition, fields));
        }
        return byType.isEmpty() ? NONE : new Indexes(Map.copyOf(byType));
    }

    /** True when instances of the concrete type are indexed: only then need registries call {@link #update}. */
    public boolean covers(String type) {
        return byType.containsKey(type);
    }

    /**
     * Moves a resource's index entries from its old values to its new ones.
     *
     * @param before the stored JSON before the write, or null when the resource is added
     * @param after the JSON written, or null when the resource is removed
     */
    public void update(StateTransaction state, String type, String id, JsonNode before, JsonNode after) {
        for (Index index : byType.getOrDefault(type, List.of())) {
            String old = before == null ? null : index.entryKey(before, id);
            String now = after == null ? null : index.entryKey(after, id);
            if (old != null && !old.equals(now)) {
                state.delete(old);
            }
            if (now != null && !now.equals(old)) {
                state.put(now, ENTRY);
            }
        }
    }

    List<Index> of(String type) {
        return byType.getOrDefault(type, List.of());
    }

    /** One index with its fields resolved. */
    record Index(IndexDefinition definition, List<FieldPath> fields) {

        String entryKey(JsonNode resource, String id) {
            StringBuilder key = new StringBuilder(definition.keyPrefix());
            for (FieldPath field : fields) {
                field.kind().appendComponent(key, field.read(resource));
            }
            return key.append(id).toString();
        }
    }
}
