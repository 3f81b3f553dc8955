package dev.charter.runtime.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.json.IsoTime;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.resource.Resource;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;

/**
 * How the values of one field compare, and their order-preserving encoding: two values compare as
 * their encodings compare in {@link dev.charter.runtime.state.KeyOrder#UTF8}, so one encoding serves
 * conditions, sorting, cursors and index keys alike.
 * <ul>
 *   <li>Strings and enum values (by name): the characters, {@code U+0000} escaped as {@code U+0000 U+0001},
 *       ended by {@code U+0000 U+0000} so that a shorter string sorts first and encodings can be concatenated;</li>
 *   <li>relationships: {@code ns.Type#id} (identifier decoded), as a string;</li>
 *   <li>Integer and Long: 16 hexadecimal digits of the value with its sign bit flipped;</li>
 *   <li>Double: 16 hexadecimal digits of its IEEE bits, sign-adjusted so that they order as the numbers;</li>
 *   <li>DateTime: its milliseconds since the epoch, as a Long;</li>
 *   <li>Boolean: {@code 0} or {@code 1}.</li>
 * </ul>
 */
enum ValueKind {
    STRING, BOOLEAN, INTEGRAL, DOUBLE, DATE_TIME, RELATIONSHIP,
    /** A concept: not comparable, only its fields are. */
    OBJECT;

    /** Marks an absent value in a composite key; sorts before every present value. */
    static final char ABSENT = '\u0001';
    /** Marks a present value in a composite key. */
    static final char PRESENT = '\u0002';

    private static final int FIXED_WIDTH = 16;

    /** The encoding of a stored JSON value, or null when the value is not of this kind. */
    String encode(JsonNode value) {
        return switch (this) {
            case STRING -> value.isTextual() ? string(value.textValue()) : null;
            case RELATIONSHIP -> value.isTextual() ? relationship(value.textValue()) : null;
            case BOOLEAN -> value.isBoolean() ? (value.booleanValue() ? "1" : "0") : null;
            case INTEGRAL -> value.canConvertToExactIntegral() ? integral(value.longValue()) : null;
            case DOUBLE -> value.isNumber() ? decimal(value.doubleValue()) : null;
            case DATE_TIME -> value.isTextual() && IsoTime.isValid(value.textValue())
                    ? integral(IsoTime.parse(value.textValue()).toEpochMilli()) : null;
            case OBJECT -> null;
        };
    }

    /**
     * The encoding of a value given by a caller or written in a query, or null when it cannot be a value
     * of this kind. Accepted: String and enum constants for strings; Number (whole for Integer and Long);
     * Boolean; Instant or an ISO-8601 String for DateTime; a Relationship, a Resource or
     * {@code resource:ns.Type#id} for relationships.
     */
    String encodeGiven(Object value) {
        return switch (this) {
            case STRING -> value instanceof String s ? string(s) : value instanceof Enum<?> e ? string(e.name()) : null;
            case RELATIONSHIP -> relationshipGiven(value);
            case BOOLEAN -> value instanceof Boolean b ? (b ? "1" : "0") : null;
            case INTEGRAL -> wholeNumber(value);
            case DOUBLE -> value instanceof Number n ? decimal(n.doubleValue()) : null;
            case DATE_TIME -> value instanceof Instant i ? integral(i.toEpochMilli())
                    : value instanceof String s && IsoTime.isValid(s) ? integral(IsoTime.parse(s).toEpochMilli()) : null;
            case OBJECT -> null;
        };
    }

    /** The index in {@code key} just after the component (marker and value) that starts at {@code from}. */
    int skip(String key, int from) {
        if (key.charAt(from) == ABSENT) {
            return from + 1;
        }
        int start = from + 1;
        return switch (this) {
            case BOOLEAN -> start + 1;
            case INTEGRAL, DOUBLE, DATE_TIME -> start + FIXED_WIDTH;
            default -> {
                int i = start;
                while (!(key.charAt(i) == '\u0000' && key.charAt(i + 1) == '\u0000')) {
                    i += key.charAt(i) == '\u0000' ? 2 : 1;
                }
                yield i + 2;
            }
        };
    }

    /** A value's component in a composite key: {@link #ABSENT}, or {@link #PRESENT} and the encoding. */
    void appendComponent(StringBuilder key, JsonNode value) {
        String encoded = value == null ? null : encode(value);
        if (encoded == null) {
            key.append(ABSENT);
        } else {
            key.append(PRESENT).append(encoded);
        }
    }

    String typeName() {
        return switch (this) {
            case STRING -> "String";
            case RELATIONSHIP -> "relationship";
            case BOOLEAN -> "Boolean";
            case INTEGRAL -> "whole number";
            case DOUBLE -> "number";
            case DATE_TIME -> "DateTime";
            case OBJECT -> "concept";
        };
    }

    static String string(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c);
            if (c == '\u0000') {
                out.append('\u0001');
            }
        }
        return out.append("\u0000\u0000").toString();
    }

    static String integral(long value) {
        return hex(value ^ Long.MIN_VALUE);
    }

    private static String decimal(double value) {
        long bits = Double.doubleToLongBits(value == 0.0 ? 0.0 : value);
        return hex(bits < 0 ? ~bits : bits ^ Long.MIN_VALUE);
    }

    private static String hex(long value) {
        String digits = Long.toHexString(value);
        return "0".repeat(FIXED_WIDTH - digits.length()) + digits;
    }

    private static String relationship(String text) {
        try {
            Relationship<?> parsed = Relationship.parse(text);
            return string(parsed.type() + "#" + parsed.id());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String relationshipGiven(Object value) {
        if (value instanceof Relationship<?> r) {
            return string(r.type() + "#" + r.id());
        }
        if (value instanceof Resource r) {
            return string(r.$class() + "#" + r.$identifier());
        }
        return value instanceof String s ? relationship(s) : null;
    }

    private static String wholeNumber(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return integral(((Number) value).longValue());
        }
        try {
            if (value instanceof BigDecimal d) {
                return integral(d.longValueExact());
            }
            if (value instanceof BigInteger b) {
                return integral(b.longValueExact());
            }
            if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 0x1p63) {
                return integral(d.longValue());
            }
        } catch (ArithmeticException e) {
            return null;
        }
        return null;
    }
}
