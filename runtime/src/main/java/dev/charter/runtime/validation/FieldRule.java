package dev.charter.runtime.validation;

import dev.charter.runtime.model.FieldInfo;
import dev.charter.runtime.model.PrimitiveType;
import java.util.Set;

/** What the validator checks for one field, prepared once: the kind of value, regex, range, enum values, target type. */
final class FieldRule {

    /** The kind of JSON value a field holds. */
    enum Kind { STRING, BOOLEAN, DATE_TIME, INTEGER, LONG, DOUBLE, ENUM, OBJECT, RELATIONSHIP }

    final String name;
    final Kind kind;
    final boolean array;
    /** Neither optional nor given a default (a missing field with a default takes the default). */
    final boolean required;
    /** The declared type as messages show it, e.g. {@code Double} or {@code org.acme.Trader[]}. */
    final String displayType;
    /** The declared type of one value: a primitive name or a qualified type name. */
    final String targetName;
    final JsRegex regex;
    final String lowerText;
    final String upperText;
    final long lowerLong;
    final long upperLong;
    final double lowerDouble;
    final double upperDouble;
    final Set<String> enumValues;
    /** The declared class of an object or relationship field; linked once every type has rules. */
    ClassRules target;

    FieldRule(FieldInfo field, Kind kind, Set<String> enumValues) {
        this.name = field.name();
        this.kind = kind;
        this.array = field.array();
        this.required = !field.optional() && field.defaultValue() == null;
        this.displayType = field.type() + (field.array() ? "[]" : "");
        this.targetName = field.type();
        this.enumValues = enumValues;
        this.regex = field.regex() == null || kind != Kind.STRING ? null
                : JsRegex.compile(field.regex().pattern(), field.regex().flags());
        boolean ranged = field.range() != null && (kind == Kind.INTEGER || kind == Kind.LONG || kind == Kind.DOUBLE);
        this.lowerText = ranged ? field.range().lower() : null;
        this.upperText = ranged ? field.range().upper() : null;
        this.lowerDouble = lowerText == null ? Double.NEGATIVE_INFINITY : Double.parseDouble(lowerText);
        this.upperDouble = upperText == null ? Double.POSITIVE_INFINITY : Double.parseDouble(upperText);
        // Integral fields compare exactly; a fractional bound admits the integers inside it.
        this.lowerLong = lowerText == null ? Long.MIN_VALUE : integralBound(lowerText, true);
        this.upperLong = upperText == null ? Long.MAX_VALUE : integralBound(upperText, false);
    }

    /** Where a field's value sits, for messages: {@code tags} or {@code tags[2]}. */
    String path(int index) {
        return index < 0 ? name : name + "[" + index + "]";
    }

    /** A bound for an integral field: exact when written as an integer, else the nearest integer inside the range. */
    private static long integralBound(String text, boolean lower) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            double value = Double.parseDouble(text);
            return (long) (lower ? Math.ceil(value) : Math.floor(value));
        }
    }

    static Kind kindOf(FieldInfo field, boolean isEnum) {
        if (field.relationship()) {
            return Kind.RELATIONSHIP;
        }
        PrimitiveType primitive = field.primitive();
        if (primitive == null) {
            return isEnum ? Kind.ENUM : Kind.OBJECT;
        }
        switch (primitive) {
            case STRING:
                return Kind.STRING;
            case BOOLEAN:
                return Kind.BOOLEAN;
            case DATE_TIME:
                return Kind.DATE_TIME;
            case INTEGER:
                return Kind.INTEGER;
            case LONG:
                return Kind.LONG;
            default:
                return Kind.DOUBLE;
        }
    }
}
