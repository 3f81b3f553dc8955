package dev.charter.compiler.model.expr;

import dev.charter.compiler.diagnostic.SourceLocation;

/** {@code name: value} in {@code new T {…}}, {@code emit E {…}} or the arguments of {@code query q(…)}. */
public record FieldInitializer(String name, SourceLocation nameLocation, Expr value) {
}
