package dev.charter.compiler.check.query;

import dev.charter.compiler.check.Suggestions;
import dev.charter.compiler.model.Declaration.EnumValue;
import dev.charter.compiler.model.query.Value;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Whether a literal can be compared with a field of a given type, by the rules of Composer's query validator. */
final class LiteralFit {

    private static final List<Function<String, ?>> DATE_PARSERS = List.of(
            Instant::parse, OffsetDateTime::parse, LocalDateTime::parse, LocalDate::parse);

    private LiteralFit() {
    }

    /**
     * What the field is wrongly compared with, ready for the message ({@code "ten"}, or
     * {@code "DONE", which is not one of its values (…)}); empty when the value fits. Parameters
     * always fit here: their type follows from the field.
     *
     * @param type a single value's type, never an array or a concept
     */
    static Optional<String> mismatch(FieldType type, Value value) {
        if (value instanceof Value.Parameter) {
            return Optional.empty();
        }
        if (value instanceof Value.ListValue list) {
            return Optional.of("the list " + list.display() + "; a list of values is only for CONTAINS");
        }
        if (type instanceof FieldType.PrimitiveField primitive) {
            return switch (primitive.primitive()) {
                case STRING -> fitsIf(value instanceof Value.StringValue, value);
                case BOOLEAN -> fitsIf(value instanceof Value.BooleanValue, value);
                case INTEGER, LONG, DOUBLE -> fitsIf(value instanceof Value.NumberValue, value);
                case DATE_TIME -> value instanceof Value.StringValue s && !isDateTime(s.value())
                        ? Optional.of(s.display() + ", which is not a date and time such as \"2018-04-01T10:30:00Z\"")
                        : fitsIf(value instanceof Value.StringValue, value);
            };
        }
        if (type instanceof FieldType.EnumField enumeration) {
            if (value instanceof Value.StringValue s && !enumeration.declaration().hasValue(s.value())) {
                List<String> values = enumeration.declaration().values().stream().map(EnumValue::name).toList();
                String suggestion = Suggestions.didYouMean(s.value(), values);
                return Optional.of(s.display() + ", which is not one of its values"
                        + (suggestion.isEmpty() ? " (" + String.join(", ", values) + ")" : suggestion));
            }
            return fitsIf(value instanceof Value.StringValue, value);
        }
        if (type instanceof FieldType.RelationshipField) {
            return value instanceof Value.StringValue ? Optional.empty()
                    : Optional.of(value.display() + "; compare it with an identifier string or a parameter");
        }
        return Optional.of(value.display());
    }

    private static Optional<String> fitsIf(boolean fits, Value value) {
        return fits ? Optional.empty() : Optional.of(value.display());
    }

    /** What JavaScript's Date.parse, which Composer uses, accepts of ISO 8601. */
    private static boolean isDateTime(String text) {
        for (Function<String, ?> parser : DATE_PARSERS) {
            try {
                parser.apply(text);
                return true;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return false;
    }
}
