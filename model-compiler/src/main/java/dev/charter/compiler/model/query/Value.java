package dev.charter.compiler.model.query;

import dev.charter.compiler.diagnostic.SourceLocation;
import java.util.List;

/** A value a query compares fields with: a parameter supplied when the query runs, or a literal. */
public sealed interface Value extends Operand {

    /** How the value reads in a message: strings quoted, parameters with their {@code _$}. */
    String display();

    /** {@code _$name}; {@code name} is without the {@code _$}, as callers pass it. */
    record Parameter(String name, SourceLocation location) implements Value {
        @Override
        public String display() {
            return "_$" + name;
        }
    }

    /** A string literal, unquoted. */
    record StringValue(String value, SourceLocation location) implements Value {
        @Override
        public String display() {
            return "\"" + value + "\"";
        }
    }

    /** A number literal as written, possibly signed: {@code -1}, {@code 60}, {@code 2.5}. */
    record NumberValue(String text, SourceLocation location) implements Value {
        @Override
        public String display() {
            return text;
        }

        /** True for a whole number of at least 0 written without fraction or exponent. */
        public boolean isNonNegativeInteger() {
            return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
        }
    }

    record BooleanValue(boolean value, SourceLocation location) implements Value {
        @Override
        public String display() {
            return String.valueOf(value);
        }
    }

    /** {@code [a, b]}: the values a {@code CONTAINS} looks for. */
    record ListValue(List<Value> elements, SourceLocation location) implements Value {
        public ListValue {
            elements = List.copyOf(elements);
        }

        @Override
        public String display() {
            return "[" + String.join(", ", elements.stream().map(Value::display).toList()) + "]";
        }
    }
}
