package dev.charter.compiler.model.expr;

import java.util.Optional;

/** The prefix operators of Charter expressions; JavaScript's {@code !} is Charter's {@code not}. */
public enum UnaryOperator {
    NOT("not"),
    NEGATE("-");

    private final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }

    /** Charter's spelling, e.g. {@code not}. */
    public String symbol() {
        return symbol;
    }

    /** The operator for {@code not}, {@code !} or {@code -}; empty for anything else. */
    public static Optional<UnaryOperator> fromSymbol(String written) {
        if ("!".equals(written)) {
            return Optional.of(NOT);
        }
        for (UnaryOperator operator : values()) {
            if (operator.symbol.equals(written)) {
                return Optional.of(operator);
            }
        }
        return Optional.empty();
    }
}
