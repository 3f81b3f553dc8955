package dev.charter.compiler.logic;

import dev.charter.compiler.logic.LType.ClassType;
import dev.charter.compiler.logic.LType.ListType;
import dev.charter.compiler.model.Declaration.ClassDeclaration;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.Property;
import dev.charter.compiler.model.TypeRef;
import dev.charter.compiler.model.query.Condition;
import dev.charter.compiler.model.query.Operand;
import dev.charter.compiler.model.query.Query;
import dev.charter.compiler.model.query.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What logic must pass for each {@code _$parameter} of a query: the type of the field it is
 * compared with ({@code LIMIT} and {@code SKIP} take an Integer). Where a parameter is used
 * more than once its first use decides; disagreements are the query checks' to report.
 */
final class QueryParameters {

    /**
     * How one parameter is used.
     *
     * @param type the field's type, or unknown where the query does not resolve
     * @param relationship compared with a relationship: the resource, or its identifier as a String
     * @param contained looked for in an array with CONTAINS: one element, or a list of them
     */
    record Expectation(LType type, boolean relationship, boolean contained) {

        boolean accepts(LType value, Types types) {
            return types.assignable(value, type) || (relationship && value.equals(LType.STRING))
                    || (contained && types.assignable(value, new ListType(type)));
        }
    }

    private final Network network;
    private final Types types;
    private final Map<String, Expectation> parameters = new LinkedHashMap<>();

    private QueryParameters(Network network, Types types) {
        this.network = network;
        this.types = types;
    }

    /** The parameters of a query in the order they are written. */
    static Map<String, Expectation> of(Query query, Network network, Types types) {
        QueryParameters walk = new QueryParameters(network, types);
        Optional<ClassDeclaration> selected = query.select().type() instanceof TypeRef.DeclaredRef ref
                ? network.type(ref.qualifiedName()).filter(ClassDeclaration.class::isInstance).map(ClassDeclaration.class::cast)
                : Optional.empty();
        query.select().where().ifPresent(where -> walk.condition(where, selected));
        Expectation integer = new Expectation(LType.INTEGER, false, false);
        query.select().limit().ifPresent(o -> walk.operand(o, integer));
        query.select().skip().ifPresent(o -> walk.operand(o, integer));
        return walk.parameters;
    }

    private void condition(Condition condition, Optional<ClassDeclaration> owner) {
        if (condition instanceof Condition.Logical logical) {
            condition(logical.left(), owner);
            condition(logical.right(), owner);
        } else if (condition instanceof Condition.Comparison comparison) {
            Optional<Property> field = owner.flatMap(o -> resolve(o, comparison.field()));
            operand(comparison.value(), new Expectation(field.map(types::of).orElse(LType.UNKNOWN),
                    field.filter(Property.Relationship.class::isInstance).isPresent(), false));
        } else if (condition instanceof Condition.Contains contains) {
            Optional<Property> array = owner.flatMap(o -> resolve(o, contains.array()));
            operand(contains.value(), new Expectation(array.map(p -> types.element(p.type())).orElse(LType.UNKNOWN),
                    array.filter(Property.Relationship.class::isInstance).isPresent(), true));
        } else if (condition instanceof Condition.ContainsMatch match) {
            Optional<ClassDeclaration> element = owner.flatMap(o -> resolve(o, match.array()))
                    .flatMap(this::concept);
            condition(match.element(), element);
        }
    }

    private void operand(Operand operand, Expectation expectation) {
        if (operand instanceof Value.Parameter parameter) {
            parameters.putIfAbsent(parameter.name(), expectation);
        } else if (operand instanceof Value.ListValue list) {
            list.elements().forEach(e -> operand(e, new Expectation(expectation.type(), expectation.relationship(), false)));
        }
    }

    /** The property a path such as {@code productDetails.quantity} names, walking through concept fields. */
    private Optional<Property> resolve(ClassDeclaration owner, Operand.FieldPath path) {
        ClassDeclaration current = owner;
        List<String> segments = path.segments();
        for (int i = 0; i < segments.size(); i++) {
            Optional<Property> property = network.property(current, segments.get(i));
            if (property.isEmpty() || i == segments.size() - 1) {
                return property;
            }
            Optional<ClassDeclaration> next = concept(property.get());
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.empty();
    }

    /** The class a field holds by value, whose fields a path may name next. */
    private Optional<ClassDeclaration> concept(Property property) {
        return property instanceof Property.Field && types.element(property.type()) instanceof ClassType c
                ? Optional.of(c.declaration()) : Optional.empty();
    }
}
