package dev.charter.compiler.model.query;

import dev.charter.compiler.diagnostic.SourceLocation;
import dev.charter.compiler.model.query.Operand.FieldPath;
import java.util.List;
import java.util.stream.Stream;

/**
 * A {@code WHERE} condition in the form Composer's query engine runs: comparisons always have the
 * field on the left ({@code _$id == batchId} is held as {@code batchId == _$id}, {@code 5 < x} as
 * {@code x > 5}), combined with {@code AND} and {@code OR}.
 */
public sealed interface Condition {

    SourceLocation location();

    /** The direct sub-conditions: both sides of AND/OR, the element condition of CONTAINS (…). */
    List<Condition> children();

    /** This condition and every condition inside it, depth first. */
    default Stream<Condition> walk() {
        return Stream.concat(Stream.of(this), children().stream().flatMap(Condition::walk));
    }

    /** {@code left AND right}, {@code left OR right}. */
    record Logical(Condition left, LogicalOperator operator, Condition right, SourceLocation location)
            implements Condition {
        @Override
        public List<Condition> children() {
            return List.of(left, right);
        }
    }

    /** {@code field op value}. */
    record Comparison(FieldPath field, ComparisonOperator operator, Value value, SourceLocation location)
            implements Condition {
        @Override
        public List<Condition> children() {
            return List.of();
        }
    }

    /** {@code array CONTAINS value} or {@code array CONTAINS [value, …]}: the array field holds the value(s). */
    record Contains(FieldPath array, Value value, SourceLocation location) implements Condition {
        @Override
        public List<Condition> children() {
            return List.of();
        }
    }

    /**
     * {@code array CONTAINS (condition)}: some element of an array of concepts satisfies the
     * condition, whose field paths start at the element.
     */
    record ContainsMatch(FieldPath array, Condition element, SourceLocation location) implements Condition {
        @Override
        public List<Condition> children() {
            return List.of(element);
        }
    }

    enum LogicalOperator {
        AND,
        OR
    }
}
