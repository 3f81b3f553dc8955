package dev.charter.compiler.model.logic;

import dev.charter.compiler.diagnostic.SourceLocation;
import java.util.List;

/** {@code { statement … }}. */
public record Block(List<Stmt> statements, SourceLocation location) {

    public Block {
        statements = List.copyOf(statements);
    }
}
