package dev.charter.compiler.model;

import dev.charter.compiler.diagnostic.SourceLocation;
import java.util.List;

/** {@code @name(arg, …)} on a declaration, field or enum value. */
public record Decorator(String name, List<Argument> arguments, SourceLocation location) {

    public Decorator {
        arguments = List.copyOf(arguments);
    }

    /** One decorator argument; {@code text} is the value as written (strings unquoted). */
    public record Argument(Kind kind, String text, boolean array) {
        public enum Kind { STRING, NUMBER, BOOLEAN, TYPE }
    }
}
