package dev.charter.compiler.model;

import java.util.Optional;

/** Composer's primitive types. */
public enum Primitive {
    STRING("String"),
    BOOLEAN("Boolean"),
    DATE_TIME("DateTime"),
    INTEGER("Integer"),
    LONG("Long"),
    DOUBLE("Double");

    private final String modelName;

    Primitive(String modelName) {
        this.modelName = modelName;
    }

    /** The name as written in a model, e.g. {@code DateTime}. */
    public String modelName() {
        return modelName;
    }

    public boolean isNumeric() {
        return this == INTEGER || this == LONG || this == DOUBLE;
    }

    public static Optional<Primitive> byModelName(String name) {
        for (Primitive p : values()) {
            if (p.modelName.equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
