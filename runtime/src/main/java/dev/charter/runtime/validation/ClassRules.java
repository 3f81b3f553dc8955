package dev.charter.runtime.validation;

import dev.charter.runtime.model.TypeInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** What the validator checks for one class type, prepared once: its fields in model order and who may stand in for it. */
final class ClassRules {

    final TypeInfo type;
    final String name;
    final String identifierField;
    final FieldRule[] fields;
    final Map<String, FieldRule> fieldsByName;
    /** The names of this type and of every type that inherits from it. */
    final Set<String> assignableNames;

    ClassRules(TypeInfo type, String identifierField, FieldRule[] fields, Set<String> assignableNames) {
        this.type = type;
        this.name = type.qualifiedName();
        this.identifierField = identifierField;
        this.fields = fields;
        this.fieldsByName = new HashMap<>(fields.length * 2);
        for (FieldRule field : fields) {
            fieldsByName.put(field.name, field);
        }
        this.assignableNames = Set.copyOf(assignableNames);
    }

    boolean accepts(String typeName) {
        return assignableNames.contains(typeName);
    }
}
