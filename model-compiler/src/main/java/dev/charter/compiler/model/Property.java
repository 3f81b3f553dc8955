package dev.charter.compiler.model;

import dev.charter.compiler.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;

/** A member of a class declaration: a field ({@code o}) or a relationship ({@code -->}). */
public sealed interface Property {

    String name();

    TypeRef type();

    boolean array();

    boolean optional();

    List<Decorator> decorators();

    /** Where the property's name is written. */
    SourceLocation location();

    /** {@code o Type[] name default=… regex=/…/ | range=[lo,hi] optional}. */
    record Field(String name, TypeRef type, boolean array, boolean optional, Optional<Literal> defaultValue,
            Optional<Regex> regex, Optional<Range> range, List<Decorator> decorators, SourceLocation location)
            implements Property {
        public Field {
            decorators = List.copyOf(decorators);
        }
    }

    /** {@code --> Type[] name optional}. */
    record Relationship(String name, TypeRef type, boolean array, boolean optional, List<Decorator> decorators,
            SourceLocation location) implements Property {
        public Relationship {
            decorators = List.copyOf(decorators);
        }
    }

    /** {@code regex=/pattern/flags}; {@code literal} is {@code /pattern/flags}. */
    record Regex(String literal, SourceLocation location) {
        public String pattern() {
            return literal.substring(1, literal.lastIndexOf('/'));
        }

        public String flags() {
            return literal.substring(literal.lastIndexOf('/') + 1);
        }
    }

    /** {@code range=[lower,upper]}; either bound may be absent. Bounds are kept as written. */
    record Range(Optional<String> lower, Optional<String> upper, SourceLocation location) {
        public String display() {
            return "[" + lower.orElse("") + "," + upper.orElse("") + "]";
        }
    }
}
