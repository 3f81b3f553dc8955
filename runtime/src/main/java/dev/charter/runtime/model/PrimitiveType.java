package dev.charter.runtime.model;

/** Composer's primitive field types, by the name a model writes. */
public enum PrimitiveType {
    STRING("String"),
    BOOLEAN("Boolean"),
    DATE_TIME("DateTime"),
    INTEGER("Integer"),
    LONG("Long"),
    DOUBLE("Double");

    private final String modelName;

    PrimitiveType(String modelName) {
        this.modelName = modelName;
    }

    /** The name as written in a model, e.g. {@code DateTime}. */
    public String modelName() {
        return modelName;
    }

    /** The primitive a model name denotes, or null when the name is a declared type. */
    public static PrimitiveType ofModelName(String name) {
        switch (name) {
            case "String":
                return STRING;
            case "Boolean":
                return BOOLEAN;
            case "DateTime":
                return DATE_TIME;
            case "Integer":
                return INTEGER;
            case "Long":
                return LONG;
            case "Double":
                return DOUBLE;
            default:
                return null;
        }
    }
}
