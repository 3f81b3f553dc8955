package dev.charter.runtime.query.adhoc;

import dev.charter.runtime.query.QueryCondition;
import java.util.List;
import java.util.Optional;

/** An ad-hoc statement as written, with positions, in the shape the compiler's query model has. */
final class Ast {

    private Ast() {
    }

    record Pos(int line, int column) {
    }

    sealed interface Operand permits Path, Value {
        Pos pos();
    }

    record Path(List<String> segments, List<Pos> segmentPositions, Pos pos) implements Operand {
        String text() {
            return String.join(".", segments);
        }
    }

    sealed interface Value extends Operand {
        /** As the compiler's messages show it: strings quoted, parameters with {@code _$}. */
        String display();
    }

    record Parameter(String name, Pos pos) implements Value {
        @Override
        public String display() {
            return "_$" + name;
        }
    }

    record StringValue(String value, Pos pos) implements Value {
        @Override
        public String display() {
            return "\"" + value + "\"";
        }
    }

    record NumberValue(String text, Pos pos) implements Value {
        @Override
        public String display() {
            return text;
        }

        boolean isNonNegativeInteger() {
            return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
        }
    }

    record BooleanValue(boolean value, Pos pos) implements Value {
        @Override
        public String display() {
            return String.valueOf(value);
        }
    }

    record ListValue(List<Value> elements, Pos pos) implements Value {
        @Override
        public String display() {
            return "[" + String.join(", ", elements.stream().map(Value::display).toList()) + "]";
        }
    }

    sealed interface Condition {
        Pos pos();
    }

    record Logical(Condition left, boolean and, Condition right, Pos pos) implements Condition {
    }

    record Comparison(Path field, QueryCondition.Operator operator, Value value, Pos pos) implements Condition {
    }

    record Contains(Path array, Value value, Pos pos) implements Condition {
    }

    record ContainsMatch(Path array, Condition element, Pos pos) implements Condition {
    }

    record OrderItem(Path path, boolean descending, Pos pos) {
    }

    record Statement(String type, Pos typePos, Optional<Condition> where, List<OrderItem> orderBy,
            Optional<Operand> limit, Optional<Operand> skip) {
    }
}
