package dev.charter.runtime.query;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A value a query compares with: a parameter supplied when the query runs, a literal, or a list of them. */
public sealed interface QueryValue {

    /** {@code _$name}; the name is held without {@code _$}, as callers pass it. */
    record Parameter(String name) implements QueryValue {
        public Parameter {
            Objects.requireNonNull(name, "name");
        }
    }

    /** A literal: a {@link String}, a {@link BigDecimal} or a {@link Boolean}. */
    record Literal(Object value) implements QueryValue {
        public Literal {
            if (!(value instanceof String || value instanceof BigDecimal || value instanceof Boolean)) {
                throw new IllegalArgumentException("A query literal is a String, a BigDecimal or a Boolean, not " + value);
            }
        }
    }

    /** {@code [a, b]}: the values a CONTAINS looks for. */
    record ListValue(List<QueryValue> elements) implements QueryValue {
        public ListValue {
            elements = List.copyOf(elements);
        }
    }
}
