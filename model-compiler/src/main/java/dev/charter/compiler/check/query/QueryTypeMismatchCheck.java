package dev.charter.compiler.check.query;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.Primitive;
import dev.charter.compiler.model.Property;
import dev.charter.compiler.model.query.Condition;
import dev.charter.compiler.model.query.Query;
import dev.charter.compiler.model.query.Value;
import java.util.List;
import java.util.Optional;

@CheckInfo(summary = "A field compared with a literal of another type, or a field that cannot be compared at all (array, concept).",
        reports = Code.QUERY_TYPE_MISMATCH)
public final class QueryTypeMismatchCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        network.queries().ifPresent(file -> {
            for (Query query : file.queries()) {
                for (ScopedCondition scoped : ScopedCondition.of(network, query)) {
                    if (scoped.resolve(network) instanceof FieldResolution.Found found) {
                        if (scoped.condition() instanceof Condition.Comparison comparison) {
                            compare(network, query, comparison, found.type(), diagnostics);
                        } else if (scoped.condition() instanceof Condition.Contains contains && found.type().array()) {
                            contains(network, query, contains, found.type(), diagnostics);
                        }
                    }
                }
            }
        });
    }

    private static void compare(Network network, Query query, Condition.Comparison comparison, FieldType type,
            Diagnostics diagnostics) {
        String field = comparison.field().text();
        Value value = comparison.value();
        if (type.array()) {
            diagnostics.report(Code.QUERY_TYPE_MISMATCH, comparison.field().location(), query.name(), field,
                    type.describe(), value.display() + "; test an array with CONTAINS");
        } else if (type instanceof FieldType.ClassField concept) {
            diagnostics.report(Code.QUERY_TYPE_MISMATCH, comparison.field().location(), query.name(), field,
                    type.describe(), value.display() + "; compare one of its fields" + example(network, field, concept));
        } else if (type instanceof FieldType.PrimitiveField primitive && primitive.primitive() == Primitive.BOOLEAN
                && !comparison.operator().isEquality()) {
            diagnostics.report(Code.QUERY_TYPE_MISMATCH, comparison.location(), query.name(), field, type.describe(),
                    "'" + comparison.operator().symbol() + "'; Boolean fields compare only with == and !=");
        } else {
            LiteralFit.mismatch(type, value).ifPresent(what -> diagnostics.report(Code.QUERY_TYPE_MISMATCH,
                    value.location(), query.name(), field, type.describe(), what));
        }
    }

    private static void contains(Network network, Query query, Condition.Contains contains, FieldType type,
            Diagnostics diagnostics) {
        String field = contains.array().text();
        if (type.element() instanceof FieldType.ClassField concept) {
            diagnostics.report(Code.QUERY_TYPE_MISMATCH, contains.value().location(), query.name(), field,
                    type.describe(), contains.value().display() + "; test its elements' fields with " + field
                            + " CONTAINS (" + firstField(network, concept).orElse("field") + " == …)");
            return;
        }
        List<Value> values = contains.value() instanceof Value.ListValue list ? list.elements() : List.of(contains.value());
        for (Value value : values) {
            LiteralFit.mismatch(type.element(), value).ifPresent(what -> diagnostics.report(Code.QUERY_TYPE_MISMATCH,
                    value.location(), query.name(), field, type.describe(), what));
        }
    }

    private static String example(Network network, String field, FieldType.ClassField concept) {
        return firstField(network, concept).map(f -> ", such as " + field + "." + f).orElse("");
    }

    private static Optional<String> firstField(Network network, FieldType.ClassField concept) {
        return network.allProperties(concept.declaration()).stream().map(Property::name).findFirst();
    }
}
