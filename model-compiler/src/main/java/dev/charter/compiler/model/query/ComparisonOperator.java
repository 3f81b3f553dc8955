package dev.charter.compiler.model.query;

import java.util.Optional;

/** The comparisons of a query condition. */
public enum ComparisonOperator {
    EQ("=="),
    NE("!="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">=");

    private final String symbol;

    ComparisonOperator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The operator that says the same with its operands swapped: {@code 5 < x} is {@code x > 5}. */
    public ComparisonOperator mirrored() {
        return switch (this) {
            case EQ, NE -> this;
            case LT -> GT;
            case LE -> GE;
            case GT -> LT;
            case GE -> LE;
        };
    }

    /** True for the operators that only say whether two values are the same. */
    public boolean isEquality() {
        return this == EQ || this == NE;
    }

    public static Optional<ComparisonOperator> fromSymbol(String written) {
        for (ComparisonOperator operator : values()) {
            if (operator.symbol.equals(written)) {
                return Optional.of(operator);
            }
        }
        return Optional.empty();
    }
}
