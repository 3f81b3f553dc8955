package dev.charter.runtime.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.json.IsoTime;
import dev.charter.runtime.model.FieldInfo;
import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.model.TypeInfo;
import dev.charter.runtime.resource.Relationship;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a JSON instance against the model before it becomes an object, reporting the first problem
 * in Composer's words: {@code $class} present, declared and not abstract; no undeclared fields; no
 * empty identifier; required fields present (a field with a default may be left out); every value of
 * its declared type — strings, booleans, integers within Integer or Long range, numbers, ISO-8601
 * DateTimes, enum values, nested concepts (with their own {@code $class}, subtypes allowed) and
 * relationships to assignable types, arrays of each — and within its regex and range.
 *
 * <p>Everything is prepared when the validator is built (regexes compiled once, subtypes computed,
 * fields looked up by name); validating uses no reflection. Thread-safe; build one per network.
 */
public final class Validator {

    private static final String CLASS = "$class";

    private final ModelInfo model;
    private final Map<String, ClassRules> classes = new HashMap<>();

    /**
     * @throws IllegalArgumentException when a field's regex cannot be compiled
     */
    public Validator(ModelInfo model) {
        this.model = model;
        Map<String, Set<String>> assignable = new HashMap<>();
        for (TypeInfo type : model.types().values()) {
            for (TypeInfo ancestor : model.ancestry(type.qualifiedName())) {
                assignable.computeIfAbsent(ancestor.qualifiedName(), k -> new HashSet<>()).add(type.qualifiedName());
            }
        }
        for (TypeInfo type : model.types().values()) {
            if (type.kind() == TypeInfo.Kind.ENUM) {
                continue;
            }
            List<FieldInfo> fields = model.allFields(type.qualifiedName());
            FieldRule[] rules = new FieldRule[fields.size()];
            for (int i = 0; i < rules.length; i++) {
                rules[i] = rule(type, fields.get(i));
            }
            classes.put(type.qualifiedName(), new ClassRules(type, model.identifierField(type.qualifiedName()), rules,
                    assignable.get(type.qualifiedName())));
        }
        for (ClassRules rules : classes.values()) {
            for (FieldRule field : rules.fields) {
                field.target = classes.get(field.targetName);
            }
        }
    }

    public ModelInfo model() {
        return model;
    }

    /**
     * Validates one instance: a resource, a transaction, an event or a concept.
     *
     * @return the type the instance's {@code $class} names
     * @throws ValidationException describing the first problem found, with its path
     */
    public TypeInfo validate(JsonNode instance) {
        if (instance == null || !instance.isObject()) {
            throw Violations.notAnObject(instance);
        }
        JsonNode typeName = instance.get(CLASS);
        if (typeName == null || !typeName.isTextual()) {
            throw Violations.noClass();
        }
        ClassRules rules = classes.get(typeName.textValue());
        if (rules == null) {
            throw unknown(typeName.textValue(), "");
        }
        checkObject(instance, rules, rules, instance);
        return rules.type;
    }

    private FieldRule rule(TypeInfo owner, FieldInfo field) {
        boolean isEnum = !field.relationship() && model.type(field.type())
                .map(t -> t.kind() == TypeInfo.Kind.ENUM).orElse(false);
        Set<String> enumValues = isEnum ? Set.copyOf(model.require(field.type()).enumValues()) : Set.of();
        try {
            return new FieldRule(field, FieldRule.kindOf(field, isEnum), enumValues);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Field " + field.name() + " of " + owner.qualifiedName() + " has regex "
                    + field.regex() + ", but " + e.getMessage(), e);
        }
    }

    /**
     * @param instanceRules the type of the identified instance that messages name (the object itself when it has
     *     an identifier, else the nearest identified object around it)
     */
    private void checkObject(JsonNode node, ClassRules rules, ClassRules instanceRules, JsonNode instanceNode) {
        if (rules.type.isAbstract()) {
            throw Violations.abstractClass(rules.name);
        }
        if (rules.identifierField != null) {
            instanceRules = rules;
            instanceNode = node;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!rules.fieldsByName.containsKey(name) && !name.equals(CLASS)) {
                throw Violations.undeclaredField(describe(instanceRules, instanceNode), name, rules.name);
            }
        }
        if (rules.identifierField != null) {
            JsonNode id = node.get(rules.identifierField);
            if (id != null && id.isTextual() && id.textValue().isBlank()) {
                throw Violations.emptyIdentifier(describe(instanceRules, instanceNode), rules.identifierField);
            }
        }
        for (FieldRule field : rules.fields) {
            JsonNode value = node.get(field.name);
            if (value == null || value.isNull()) {
                if (field.required) {
                    throw Violations.missingField(describe(instanceRules, instanceNode), field.name);
                }
                continue;
            }
            if (!field.array) {
                checkValue(field, value, -1, instanceRules, instanceNode);
            } else if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    checkValue(field, value.get(i), i, instanceRules, instanceNode);
                }
            } else {
                throw Violations.wrongType(describe(instanceRules, instanceNode), field.name, field.name, value,
                        field.displayType);
            }
        }
    }

    private void checkValue(FieldRule field, JsonNode value, int index, ClassRules instanceRules,
            JsonNode instanceNode) {
        boolean valid;
        switch (field.kind) {
            case STRING:
                valid = value.isTextual();
                if (valid && field.regex != null && !field.regex.test(value.textValue())) {
                    throw Violations.regexMismatch(describe(instanceRules, instanceNode), field.path(index), field.name,
                            value, field.regex);
                }
                break;
            case BOOLEAN:
                valid = value.isBoolean();
                break;
            case DATE_TIME:
                valid = value.isTextual() && IsoTime.isValid(value.textValue());
                break;
            case INTEGER:
                valid = value.isIntegralNumber() && value.canConvertToInt();
                if (valid) {
                    checkRange(field, value, value.longValue() < field.lowerLong, value.longValue() > field.upperLong,
                            index, instanceRules, instanceNode);
                }
                break;
            case LONG:
                valid = value.isIntegralNumber() && value.canConvertToLong();
                if (valid) {
                    checkRange(field, value, value.longValue() < field.lowerLong, value.longValue() > field.upperLong,
                            index, instanceRules, instanceNode);
                }
                break;
            case DOUBLE:
                valid = value.isNumber();
                if (valid) {
                    checkRange(field, value, value.doubleValue() < field.lowerDouble,
                            value.doubleValue() > field.upperDouble, index, instanceRules, instanceNode);
                }
                break;
            case ENUM:
                if (!value.isTextual() || !field.enumValues.contains(value.textValue())) {
                    throw Violations.invalidEnumValue(describe(instanceRules, instanceNode), field.path(index),
                            field.name, value);
                }
                valid = true;
                break;
            case RELATIONSHIP:
                checkRelationship(field, value, index, instanceRules, instanceNode);
                valid = true;
                break;
            default:
                checkNested(field, value, index, instanceRules, instanceNode);
                valid = true;
                break;
        }
        if (!valid) {
            throw Violations.wrongType(describe(instanceRules, instanceNode), field.path(index), field.name, value,
                    field.targetName);
        }
    }

    private static void checkRange(FieldRule field, JsonNode value, boolean belowLower, boolean aboveUpper, int index,
            ClassRules instanceRules, JsonNode instanceNode) {
        if (belowLower) {
            throw Violations.outOfRange(describe(instanceRules, instanceNode), field.path(index), field.name, value,
                    "lower", field.lowerText);
        }
        if (aboveUpper) {
            throw Violations.outOfRange(describe(instanceRules, instanceNode), field.path(index), field.name, value,
                    "upper", field.upperText);
        }
    }

    private static void checkRelationship(FieldRule field, JsonNode value, int index, ClassRules instanceRules,
            JsonNode instanceNode) {
        String type = null;
        if (value.isTextual()) {
            try {
                type = Relationship.parse(value.textValue()).type();
            } catch (IllegalArgumentException malformed) {
                type = null;
            }
        }
        if (type == null) {
            throw Violations.notRelationship(describe(instanceRules, instanceNode), field.path(index), field.name,
                    value, field.targetName);
        }
        if (!field.target.accepts(type)) {
            throw Violations.notDerived(describe(instanceRules, instanceNode), field.path(index), field.name, type,
                    field.displayType);
        }
    }

    /** A concept (or a resource held by value) inside an instance: its own {@code $class}, or the declared type. */
    private void checkNested(FieldRule field, JsonNode value, int index, ClassRules instanceRules,
            JsonNode instanceNode) {
        if (!value.isObject()) {
            throw Violations.wrongType(describe(instanceRules, instanceNode), field.path(index), field.name, value,
                    field.targetName);
        }
        JsonNode typeName = value.get(CLASS);
        ClassRules rules;
        if (typeName == null) {
            rules = field.target;
        } else if (!typeName.isTextual()) {
            throw Violations.wrongType(describe(instanceRules, instanceNode), field.path(index), field.name, value,
                    field.targetName);
        } else {
            rules = classes.get(typeName.textValue());
            if (rules == null && model.type(typeName.textValue()).isEmpty()) {
                throw unknown(typeName.textValue(), field.path(index));
            }
            if (rules == null || !field.target.accepts(rules.name)) {
                throw Violations.notDerived(describe(instanceRules, instanceNode), field.path(index), field.name,
                        typeName.textValue(), field.displayType);
            }
        }
        try {
            checkObject(value, rules, instanceRules, instanceNode);
        } catch (ValidationException e) {
            e.prependPath(field.path(index));
            throw e;
        }
    }

    private ValidationException unknown(String typeName, String path) {
        if (model.type(typeName).map(t -> t.kind() == TypeInfo.Kind.ENUM).orElse(false)) {
            return Violations.enumInstance();
        }
        int dot = typeName.lastIndexOf('.');
        return Violations.unknownType(typeName, dot > 0 && model.hasNamespace(typeName.substring(0, dot)), path);
    }

    /** {@code org.example.trading.Commodity#ABC}, or the type alone when there is no usable identifier. */
    private static String describe(ClassRules rules, JsonNode node) {
        if (rules.identifierField == null) {
            return rules.name;
        }
        JsonNode id = node.get(rules.identifierField);
        return id != null && id.isTextual() ? rules.name + "#" + id.textValue() : rules.name;
    }
}
