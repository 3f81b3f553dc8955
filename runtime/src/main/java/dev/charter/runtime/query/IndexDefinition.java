package dev.charter.runtime.query;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A secondary index of one concrete type over some of its fields, derived by the compiler from the
 * named queries: the {@code ORDER BY} fields first, then the fields a query compares with {@code ==}.
 * Its entries live under {@code index/<type>/<name>/<encoded values><id>}, written in the same state
 * transaction as the resource.
 */
public record IndexDefinition(String type, List<List<String>> fields) {

    public IndexDefinition {
        Objects.requireNonNull(type, "type");
        fields = fields.stream().map(List::copyOf).toList();
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("An index covers at least one field");
        }
    }

    /** The fields as written, joined with {@code +}: {@code owner+quantity}. */
    public String name() {
        return fields.stream().map(f -> String.join(".", f)).collect(Collectors.joining("+"));
    }

    /** {@code index/<type>/<name>/}: the prefix of every entry of this index. */
    public String keyPrefix() {
        return "index/" + type + "/" + name() + "/";
    }
}
