package dev.charter.compiler.check.query;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.diagnostic.SourceLocation;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.Primitive;
import dev.charter.compiler.model.query.Condition;
import dev.charter.compiler.model.query.Operand;
import dev.charter.compiler.model.query.Query;
import dev.charter.compiler.model.query.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parameter takes its type from the fields it is compared with (LIMIT and SKIP make it an
 * Integer); callers pass one value, so the fields must agree. Numbers agree with numbers, and a
 * relationship with a relationship to a sub- or super-type.
 */
@CheckInfo(summary = "A query parameter compared with fields of different types.", reports = Code.QUERY_PARAMETER_CONFLICT)
public final class ParameterConflictCheck implements Check {

    private static final FieldType INTEGER = new FieldType.PrimitiveField(Primitive.INTEGER, false);

    /** One place a parameter is used, with the type that use gives it. */
    private record Use(FieldType type, String description, SourceLocation location) {
    }

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        network.queries().ifPresent(file -> {
            for (Query query : file.queries()) {
                Map<String, List<Use>> uses = uses(network, query);
                for (Map.Entry<String, List<Use>> parameter : uses.entrySet()) {
                    Use first = parameter.getValue().get(0);
                    parameter.getValue().stream().skip(1)
                            .filter(use -> !compatible(network, first.type(), use.type()))
                            .findFirst()
                            .ifPresent(use -> diagnostics.report(Code.QUERY_PARAMETER_CONFLICT, use.location(),
                                    query.name(), "_$" + parameter.getKey(), first.description(), use.description()));
                }
            }
        });
    }

    private static Map<String, List<Use>> uses(Network network, Query query) {
        Map<String, List<Use>> uses = new LinkedHashMap<>();
        for (ScopedCondition scoped : ScopedCondition.of(network, query)) {
            if (!(scoped.resolve(network) instanceof FieldResolution.Found found)) {
                continue;
            }
            FieldType type = found.type();
            String description = scoped.field().text() + " (" + type.describe() + ")";
            if (scoped.condition() instanceof Condition.Comparison comparison && comparable(type)) {
                add(uses, comparison.value(), type, description);
            } else if (scoped.condition() instanceof Condition.Contains contains && type.array()
                    && comparable(type.element())) {
                List<Value> values = contains.value() instanceof Value.ListValue list ? list.elements()
                        : List.of(contains.value());
                values.forEach(value -> add(uses, value, type.element(), description));
            }
        }
        paging(uses, query.select().limit(), "LIMIT");
        paging(uses, query.select().skip(), "SKIP");
        return uses;
    }

    private static void paging(Map<String, List<Use>> uses, Optional<Operand> operand, String clause) {
        operand.filter(Value.class::isInstance).ifPresent(value -> add(uses, (Value) value, INTEGER, clause + " (Integer)"));
    }

    /** Arrays and concepts compared with a parameter are reported by QueryTypeMismatchCheck instead. */
    private static boolean comparable(FieldType type) {
        return !type.array() && !(type instanceof FieldType.ClassField);
    }

    private static void add(Map<String, List<Use>> uses, Value value, FieldType type, String description) {
        if (value instanceof Value.Parameter parameter) {
            uses.computeIfAbsent(parameter.name(), k -> new ArrayList<>())
                    .add(new Use(type, description, parameter.location()));
        }
    }

    private static boolean compatible(Network network, FieldType a, FieldType b) {
        if (a instanceof FieldType.PrimitiveField p && b instanceof FieldType.PrimitiveField q) {
            return p.primitive() == q.primitive() || p.primitive().isNumeric() && q.primitive().isNumeric();
        }
        if (a instanceof FieldType.EnumField e && b instanceof FieldType.EnumField f) {
            return e.declaration().qualifiedName().equals(f.declaration().qualifiedName());
        }
        if (a instanceof FieldType.RelationshipField r && b instanceof FieldType.RelationshipField s) {
            return network.isSubtypeOf(r.target(), s.target().qualifiedName())
                    || network.isSubtypeOf(s.target(), r.target().qualifiedName());
        }
        return false;
    }
}
