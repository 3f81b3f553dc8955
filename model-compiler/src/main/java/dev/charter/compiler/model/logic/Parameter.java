package dev.charter.compiler.model.logic;

import dev.charter.compiler.diagnostic.SourceLocation;

/** {@code name: Type} in a function's parameter list. */
public record Parameter(String name, ValueType type, SourceLocation location) {
}
