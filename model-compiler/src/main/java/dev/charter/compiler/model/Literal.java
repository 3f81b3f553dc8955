package dev.charter.compiler.model;

import dev.charter.compiler.diagnostic.SourceLocation;

/** A literal written in a model, e.g. a default value; {@code text} is unquoted for strings. */
public record Literal(Kind kind, String text, SourceLocation location) {

    public enum Kind { STRING, NUMBER, BOOLEAN, NAME }

    /** How the literal reads in a message: strings quoted, everything else as written. */
    public String display() {
        return kind == Kind.STRING ? "\"" + text + "\"" : text;
    }
}
