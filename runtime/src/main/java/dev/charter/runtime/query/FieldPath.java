package dev.charter.runtime.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.model.FieldInfo;
import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.model.PrimitiveType;
import dev.charter.runtime.model.TypeInfo;
import java.util.List;

/**
 * A field path resolved against the model: {@code vehicleDetails.colour} of {@code org.vda.Vehicle}
 * names the {@code colour} field of the concept in {@code vehicleDetails}, whose values order as strings.
 *
 * @param names the field names, from the selected type (or a CONTAINS element) down
 * @param leaf the last field
 * @param kind how the last field's values compare and encode
 */
record FieldPath(List<String> names, FieldInfo leaf, ValueKind kind) {

    /** @throws QueryException when a name is not a field of the type it is looked up in */
    static FieldPath resolve(ModelInfo model, String type, List<String> names) {
        String owner = type;
        FieldInfo field = null;
        for (int i = 0; i < names.size(); i++) {
            if (field != null) {
                if (field.relationship() || field.array() || field.primitive() != null) {
                    throw new QueryException("Field " + String.join(".", names.subList(0, i)) + " of " + type
                            + " is not a concept: its fields cannot be named");
                }
                owner = field.type();
            }
            field = model.field(owner, names.get(i));
            if (field == null) {
                throw new QueryException("Property " + names.get(i) + " does not exist on " + owner);
            }
        }
        if (field == null) {
            throw new IllegalArgumentException("A field path names at least one field");
        }
        return new FieldPath(names, field, kindOf(model, field));
    }

    /** The value at this path in a resource's wire-format JSON, or null when it (or a field on the way) is absent. */
    JsonNode read(JsonNode root) {
        JsonNode node = root;
        for (String name : names) {
            node = node.get(name);
            if (node == null || node.isNull()) {
                return null;
            }
        }
        return node;
    }

    String text() {
        return String.join(".", names);
    }

    private static ValueKind kindOf(ModelInfo model, FieldInfo field) {
        if (field.relationship()) {
            return ValueKind.RELATIONSHIP;
        }
        PrimitiveType primitive = field.primitive();
        if (primitive == null) {
            TypeInfo declared = model.require(field.type());
            return declared.kind() == TypeInfo.Kind.ENUM ? ValueKind.STRING : ValueKind.OBJECT;
        }
        return switch (primitive) {
            case STRING -> ValueKind.STRING;
            case BOOLEAN -> ValueKind.BOOLEAN;
            case DATE_TIME -> ValueKind.DATE_TIME;
            case INTEGER, LONG -> ValueKind.INTEGRAL;
            case DOUBLE -> ValueKind.DOUBLE;
        };
    }
}
