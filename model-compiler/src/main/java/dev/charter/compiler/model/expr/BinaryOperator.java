package dev.charter.compiler.model.expr;

import java.util.Optional;

/**
 * The binary operators of Charter expressions. Composer ACL conditions spell some of them the
 * JavaScript way ({@code ===}, {@code !==}, {@code &&}, {@code ||}); those spellings map to the
 * same operator, since Charter compares values, never object identity.
 */
public enum BinaryOperator {
    OR("or", "||"),
    AND("and", "&&"),
    EQ("==", "==="),
    NE("!=", "!=="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    IN("in"),
    ADD("+"),
    SUBTRACT("-"),
    MULTIPLY("*"),
    DIVIDE("/"),
    REMAINDER("%");

    private final String symbol;
    private final String javaScriptSymbol;

    BinaryOperator(String symbol) {
        this(symbol, symbol);
    }

    BinaryOperator(String symbol, String javaScriptSymbol) {
        this.symbol = symbol;
        this.javaScriptSymbol = javaScriptSymbol;
    }

    /** Charter's spelling, e.g. {@code and}. */
    public String symbol() {
        return symbol;
    }

    /** The operator for either spelling, e.g. {@code &&} or {@code and}; empty for anything else. */
    public static Optional<BinaryOperator> fromSymbol(String written) {
        for (BinaryOperator operator : values()) {
            if (operator.symbol.equals(written) || operator.javaScriptSymbol.equals(written)) {
                return Optional.of(operator);
            }
        }
        return Optional.empty();
    }
}
