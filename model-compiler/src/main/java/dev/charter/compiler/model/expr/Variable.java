package dev.charter.compiler.model.expr;

import dev.charter.compiler.diagnostic.SourceLocation;

/** A name a construct binds for the expressions it holds, e.g. {@code participant(p)} in an access rule. */
public record Variable(String name, SourceLocation location) {
}
