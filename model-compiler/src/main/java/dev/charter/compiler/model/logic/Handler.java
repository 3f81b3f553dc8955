package dev.charter.compiler.model.logic;

import dev.charter.compiler.diagnostic.SourceLocation;
import dev.charter.compiler.model.TypeRef;
import dev.charter.compiler.model.expr.Variable;

/**
 * {@code on Type(parameter) { … }}: what a transaction of that type does.
 *
 * @param location where the transaction type is written after {@code on}
 */
public record Handler(TypeRef transaction, Variable parameter, Block body, SourceLocation location) {
}
