package dev.charter.compiler.check.model;

import dev.charter.compiler.model.Primitive;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/** Reads numbers written in a model (range bounds, default values) as values of a numeric primitive. */
final class NumberLiterals {

    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private NumberLiterals() {
    }

    /**
     * The value of {@code text} if it is a valid {@code type}: Integer and Long take whole numbers
     * (as Composer's grammar does) within Java's int and long, Double any finite number.
     */
    static Optional<BigDecimal> parse(Primitive type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String number = text.replaceAll("\\s+", "");
        try {
            return switch (type) {
                case INTEGER -> whole(number, INT_MIN, INT_MAX);
                case LONG -> whole(number, LONG_MIN, LONG_MAX);
                case DOUBLE -> number.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?") && Double.isFinite(Double.parseDouble(number))
                        ? Optional.of(new BigDecimal(number)) : Optional.empty();
                case STRING, BOOLEAN, DATE_TIME -> Optional.empty();
            };
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** What a valid value of {@code type} looks like, for a message that follows "is not a valid …". */
    static String expectation(Primitive type, String text) {
        String number = text == null ? "" : text.replaceAll("\\s+", "");
        return switch (type) {
            case INTEGER -> number.matches("-?\\d+") ? ": an Integer lies between " + INT_MIN + " and " + INT_MAX
                    : ": write a whole number";
            case LONG -> number.matches("-?\\d+") ? ": a Long lies between " + LONG_MIN + " and " + LONG_MAX
                    : ": write a whole number";
            case DOUBLE -> ": write a finite number";
            case STRING, BOOLEAN, DATE_TIME -> "";
        };
    }

    private static Optional<BigDecimal> whole(String number, BigInteger min, BigInteger max) {
        if (!number.matches("-?\\d+")) {
            return Optional.empty();
        }
        BigInteger value = new BigInteger(number);
        return value.compareTo(min) < 0 || value.compareTo(max) > 0 ? Optional.empty()
                : Optional.of(new BigDecimal(value));
    }
}
