package dev.charter.runtime.query;

import java.util.List;
import java.util.Objects;

/**
 * A query's {@code WHERE} condition as the runtime runs it: comparisons with the field on the left,
 * combined with AND and OR. Field paths are lists of field names ({@code vehicleDetails.colour} is
 * {@code [vehicleDetails, colour]}); inside {@link ContainsMatch} they start at the array's element.
 */
public sealed interface QueryCondition {

    /** {@code left AND right}. */
    record And(QueryCondition left, QueryCondition right) implements QueryCondition {
    }

    /** {@code left OR right}. */
    record Or(QueryCondition left, QueryCondition right) implements QueryCondition {
    }

    /** {@code field op value}. */
    record Compare(List<String> field, Operator operator, QueryValue value) implements QueryCondition {
        public Compare {
            field = List.copyOf(field);
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * {@code array CONTAINS value}: some element equals the value; {@code array CONTAINS [a, b]}: the
     * array holds every one of the values.
     */
    record Contains(List<String> array, QueryValue value) implements QueryCondition {
        public Contains {
            array = List.copyOf(array);
        }
    }

    /** {@code array CONTAINS (condition)}: some element of an array of concepts satisfies the condition. */
    record ContainsMatch(List<String> array, QueryCondition element) implements QueryCondition {
        public ContainsMatch {
            array = List.copyOf(array);
        }
    }

    /** The comparison operators, written as in queries. */
    enum Operator {
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** True when a comparison of two values, {@code order} being their ordering, holds. */
        boolean holds(int order) {
            return switch (this) {
                case EQ -> order == 0;
                case NE -> order != 0;
                case LT -> order < 0;
                case LE -> order <= 0;
                case GT -> order > 0;
                case GE -> order >= 0;
            };
        }
    }
}
