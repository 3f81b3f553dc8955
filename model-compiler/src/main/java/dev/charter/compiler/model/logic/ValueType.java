package dev.charter.compiler.model.logic;

import dev.charter.compiler.model.TypeRef;

/** A type written in logic, e.g. a parameter's {@code Bank} or a let's {@code String[]}. */
public record ValueType(TypeRef type, boolean array) {

    public String display() {
        return type.displayName() + (array ? "[]" : "");
    }
}
