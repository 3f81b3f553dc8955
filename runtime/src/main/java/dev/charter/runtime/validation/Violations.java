package dev.charter.runtime.validation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every message the validator produces, in one place. The texts are Hyperledger Composer's
 * (composer-common's ResourceValidator and Serializer) where Composer had one; regex and range
 * messages, which Composer garbled, name instance, field, value and bound the same way.
 */
final class Violations {

    private Violations() {
    }

    static ValidationException notAnObject(JsonNode value) {
        return new ValidationException("Invalid JSON data. Expected an object with a $class type identifier, found "
                + value, "");
    }

    static ValidationException noClass() {
        return new ValidationException("Invalid JSON data. Does not contain a $class type identifier.", "");
    }

    static ValidationException unknownType(String type, boolean namespaceKnown, String path) {
        int dot = type.lastIndexOf('.');
        return new ValidationException(namespaceKnown
                ? "Type " + type.substring(dot + 1) + " is not defined in namespace " + type.substring(0, dot)
                : "Namespace is not defined for type " + type, path);
    }

    static ValidationException enumInstance() {
        return new ValidationException("Attempting to create an ENUM declaration is not supported.", "");
    }

    static ValidationException abstractClass(String type) {
        return new ValidationException("The class " + type + " is abstract. Should not have an instance!", "");
    }

    static ValidationException undeclaredField(String instance, String field, String type) {
        return new ValidationException("Instance " + instance + " has a property named " + field
                + " which is not declared in " + type, field);
    }

    static ValidationException emptyIdentifier(String instance, String field) {
        return new ValidationException("Instance " + instance + " has an empty identifier.", field);
    }

    static ValidationException missingField(String instance, String field) {
        return new ValidationException("Instance " + instance + " missing required field " + field, field);
    }

    static ValidationException wrongType(String instance, String path, String field, JsonNode value, String type) {
        return new ValidationException("Model violation in instance " + instance + " field " + field + " has value "
                + value + " (" + javaScriptType(value) + ") expected type " + type, path);
    }

    static ValidationException invalidEnumValue(String instance, String path, String field, JsonNode value) {
        return new ValidationException("Instance " + instance + " invalid enum value "
                + (value.isTextual() ? value.textValue() : value.toString()) + " for field " + field, path);
    }

    static ValidationException notDerived(String instance, String path, String field, String actual, String declared) {
        return new ValidationException("Instance " + instance + " has property " + field + " with type " + actual
                + " that is not derived from " + declared, path);
    }

    static ValidationException notRelationship(String instance, String path, String field, JsonNode value,
            String target) {
        return new ValidationException("Model violation in instance " + instance + " field " + field + " has value "
                + value + " expected a Relationship to " + target, path);
    }

    static ValidationException regexMismatch(String instance, String path, String field, JsonNode value,
            JsRegex regex) {
        return new ValidationException("Instance " + instance + " field " + field + " has value " + value
                + " which failed to match validation regex: " + regex, path);
    }

    static ValidationException outOfRange(String instance, String path, String field, JsonNode value, String side,
            String bound) {
        return new ValidationException("Instance " + instance + " field " + field + " has value " + value
                + " which is outside " + side + " bound " + bound, path);
    }

    /** What JavaScript's {@code typeof} says of the value, as Composer's messages show it. */
    private static String javaScriptType(JsonNode value) {
        if (value.isTextual()) {
            return "string";
        }
        if (value.isNumber()) {
            return "number";
        }
        return value.isBoolean() ? "boolean" : "object";
    }
}
