package dev.charter.compiler.check.model;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.check.Suggestions;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.Declaration.ClassDeclaration;
import dev.charter.compiler.model.Declaration.EnumDeclaration;
import dev.charter.compiler.model.Declaration.EnumValue;
import dev.charter.compiler.model.Literal;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.Primitive;
import dev.charter.compiler.model.Property;
import dev.charter.compiler.model.TypeRef;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Default values must be values of their field: Composer's grammar gives each primitive its own
 * default syntax (a quoted String or DateTime, true or false, a whole number for Integer and
 * Long, a number for Double) and writes enum defaults as the value's name in quotes. A default
 * must also pass the field's own regex or range, or every instance created with it would fail
 * validation.
 */
@CheckInfo(summary = "Default values that are not of the field's type, not a value of its enum, not allowed on the field, or outside its regex or range.",
        reports = {Code.DEFAULT_NOT_OF_TYPE, Code.DEFAULT_NOT_ENUM_VALUE, Code.DEFAULT_NOT_ALLOWED,
                Code.DEFAULT_VIOLATES_CONSTRAINT})
public final class DefaultValueCheck implements Check {

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_LOCAL_DATE_TIME, DateTimeFormatter.ISO_LOCAL_DATE);

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        for (Declaration declaration : network.userDeclarations()) {
            if (!(declaration instanceof ClassDeclaration type)) {
                continue;
            }
            for (Property property : type.properties()) {
                if (property instanceof Property.Field field && field.defaultValue().isPresent()
                        && field.defaultValue().get().text() != null) {
                    check(network, type, field, field.defaultValue().get(), diagnostics);
                }
            }
        }
    }

    private static void check(Network network, ClassDeclaration type, Property.Field field, Literal value,
            Diagnostics diagnostics) {
        if (field.type() instanceof TypeRef.UnresolvedRef) {
            return;
        }
        if (field.array()) {
            diagnostics.report(Code.DEFAULT_NOT_ALLOWED, value.location(), field.name(), type.name(),
                    field.type().displayName() + "[]");
            return;
        }
        if (field.type() instanceof TypeRef.PrimitiveRef ref) {
            checkPrimitive(type, field, ref.primitive(), value, diagnostics);
        } else if (field.type() instanceof TypeRef.DeclaredRef ref) {
            Optional<Declaration> target = network.type(ref.qualifiedName());
            if (target.isPresent() && target.get() instanceof EnumDeclaration enumeration) {
                checkEnum(type, field, enumeration, value, diagnostics);
            } else if (target.isPresent()) {
                diagnostics.report(Code.DEFAULT_NOT_ALLOWED, value.location(), field.name(), type.name(),
                        target.get().kind().keyword() + " " + target.get().name());
            }
        }
    }

    private static void checkPrimitive(ClassDeclaration type, Property.Field field, Primitive primitive, Literal value,
            Diagnostics diagnostics) {
        boolean valid = switch (primitive) {
            case STRING -> value.kind() == Literal.Kind.STRING;
            case BOOLEAN -> value.kind() == Literal.Kind.BOOLEAN;
            case DATE_TIME -> value.kind() == Literal.Kind.STRING && isDateTime(value.text());
            case INTEGER, LONG, DOUBLE -> value.kind() == Literal.Kind.NUMBER
                    && NumberLiterals.parse(primitive, value.text()).isPresent();
        };
        if (!valid) {
            diagnostics.report(Code.DEFAULT_NOT_OF_TYPE, value.location(), value.display(), field.name(), type.name(),
                    primitive.modelName(), expectation(primitive, value));
            return;
        }
        if (primitive == Primitive.STRING && field.regex().isPresent()
                && JsRegex.compile(field.regex().get().literal()) instanceof JsRegex.Compiled regex
                && !regex.test(value.text())) {
            diagnostics.report(Code.DEFAULT_VIOLATES_CONSTRAINT, value.location(), value.display(), field.name(),
                    type.name(), "regex " + field.regex().get().literal());
        }
        if (primitive.isNumeric() && field.range().isPresent() && outside(primitive, value, field.range().get())) {
            diagnostics.report(Code.DEFAULT_VIOLATES_CONSTRAINT, value.location(), value.display(), field.name(),
                    type.name(), "range " + field.range().get().display());
        }
    }

    private static String expectation(Primitive primitive, Literal value) {
        return switch (primitive) {
            case STRING -> ": write it in quotes";
            case BOOLEAN -> ": write true or false";
            case DATE_TIME -> ": write an ISO-8601 date and time in quotes, such as \"2019-05-01T12:00:00Z\"";
            case INTEGER, LONG, DOUBLE -> value.kind() == Literal.Kind.NUMBER
                    ? NumberLiterals.expectation(primitive, value.text()) : ": write a number without quotes";
        };
    }

    /** ISO-8601 as Composer's DateTime values are written: a date, a local date-time, or one with an offset. */
    private static boolean isDateTime(String text) {
        return DATE_TIMES.stream().anyMatch(format -> parses(format, text));
    }

    private static boolean parses(DateTimeFormatter format, String text) {
        try {
            format.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** True when the default lies outside a range whose bounds are valid; broken bounds are RangeCheck's. */
    private static boolean outside(Primitive primitive, Literal value, Property.Range range) {
        BigDecimal number = NumberLiterals.parse(primitive, value.text()).orElseThrow();
        Optional<BigDecimal> lower = range.lower().flatMap(l -> NumberLiterals.parse(primitive, l));
        Optional<BigDecimal> upper = range.upper().flatMap(u -> NumberLiterals.parse(primitive, u));
        if (range.lower().isPresent() != lower.isPresent() || range.upper().isPresent() != upper.isPresent()) {
            return false;
        }
        return lower.filter(l -> number.compareTo(l) < 0).isPresent()
                || upper.filter(u -> number.compareTo(u) > 0).isPresent();
    }

    private static void checkEnum(ClassDeclaration type, Property.Field field, EnumDeclaration enumeration,
            Literal value, Diagnostics diagnostics) {
        // Composer writes default='USD'; the bare name USD reads the same.
        boolean named = value.kind() == Literal.Kind.STRING || value.kind() == Literal.Kind.NAME;
        if (!named || !enumeration.hasValue(value.text())) {
            diagnostics.report(Code.DEFAULT_NOT_ENUM_VALUE, value.location(), value.display(), field.name(), type.name(),
                    enumeration.name(), Suggestions.didYouMean(value.text(),
                            enumeration.values().stream().map(EnumValue::name).toList()));
        }
    }
}
