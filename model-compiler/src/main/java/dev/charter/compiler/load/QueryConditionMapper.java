package dev.charter.compiler.load;

import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.diagnostic.SourceLocation;
import dev.charter.compiler.model.query.ComparisonOperator;
import dev.charter.compiler.model.query.Condition;
import dev.charter.compiler.model.query.Condition.LogicalOperator;
import dev.charter.compiler.model.query.Operand;
import dev.charter.compiler.model.query.Operand.FieldPath;
import dev.charter.compiler.model.query.Value;
import dev.charter.dsl.charter.CharterPackage.Literals;
import dev.charter.dsl.charter.QueryBinary;
import dev.charter.dsl.charter.QueryBoolean;
import dev.charter.dsl.charter.QueryCondition;
import dev.charter.dsl.charter.QueryGroup;
import dev.charter.dsl.charter.QueryList;
import dev.charter.dsl.charter.QueryNumber;
import dev.charter.dsl.charter.QueryParameter;
import dev.charter.dsl.charter.QueryPath;
import dev.charter.dsl.charter.QueryString;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps one query's {@code WHERE}, {@code LIMIT} and {@code SKIP} to the {@link Condition} form the
 * query engine runs. The grammar reads any mix of operands and operators; shapes the engine
 * cannot run, as Composer's query compiler could not (a field alone, two fields compared, no
 * field at all, a field in a value list), are reported as {@link Code#QUERY_INVALID_CONDITION}
 * and left out, so the rest of the condition is still checked. Parts a syntax error left
 * incomplete are left out silently.
 */
final class QueryConditionMapper {

    private final String query;
    private final Locator at;
    private final Diagnostics diagnostics;

    QueryConditionMapper(String query, Locator at, Diagnostics diagnostics) {
        this.query = query;
        this.at = at;
        this.diagnostics = diagnostics;
    }

    Optional<Condition> condition(QueryCondition condition) {
        if (condition == null) {
            return Optional.empty();
        }
        if (condition instanceof QueryGroup group) {
            return condition(group.getCondition());
        }
        if (condition instanceof QueryBinary binary) {
            return binary(binary);
        }
        Optional<Operand> operand = operand(condition);
        if (operand.isPresent()) {
            invalid(condition, operand.get() instanceof FieldPath path
                    ? "a condition compares a field with a value or a parameter, such as " + path.text() + " == _$"
                            + path.segments().get(path.segments().size() - 1)
                    : "a condition compares a field with a value or a parameter");
        }
        return Optional.empty();
    }

    /** A limit, a skip, or one side of a comparison; empty for a condition or nothing. */
    Optional<Operand> operand(QueryCondition operand) {
        if (operand instanceof QueryGroup group) {
            return operand(group.getCondition());
        }
        if (operand instanceof QueryPath path) {
            return path(path).map(Operand.class::cast);
        }
        if (operand instanceof QueryParameter parameter && parameter.getName() != null
                && parameter.getName().startsWith("_$")) {
            return Optional.of(new Value.Parameter(parameter.getName().substring(2), at.of(parameter)));
        }
        if (operand instanceof QueryString string && string.getValue() != null) {
            return Optional.of(new Value.StringValue(string.getValue(), at.of(string)));
        }
        if (operand instanceof QueryNumber number && number.getValue() != null) {
            // SignedNumber may have been written with a space after the sign.
            return Optional.of(new Value.NumberValue(number.getValue().replaceAll("\\s", ""), at.of(number)));
        }
        if (operand instanceof QueryBoolean bool && bool.getValue() != null) {
            return Optional.of(new Value.BooleanValue(Boolean.parseBoolean(bool.getValue()), at.of(bool)));
        }
        if (operand instanceof QueryList list) {
            List<Value> elements = new ArrayList<>();
            for (QueryCondition element : list.getElements()) {
                Optional<Operand> mapped = operand(element);
                if (mapped.isPresent() && mapped.get() instanceof Value value) {
                    elements.add(value);
                } else if (mapped.isPresent()) {
                    invalid(element, "a list holds values and parameters, not fields");
                }
            }
            return Optional.of(new Value.ListValue(elements, at.of(list)));
        }
        return Optional.empty();
    }

    Optional<FieldPath> path(QueryPath path) {
        if (path == null || path.getSegments().isEmpty() || path.getSegments().contains(null)) {
            return Optional.empty();
        }
        SourceLocation whole = at.of(path);
        List<SourceLocation> located = at.each(path, Literals.QUERY_PATH__SEGMENTS);
        List<SourceLocation> segments = new ArrayList<>();
        for (int i = 0; i < path.getSegments().size(); i++) {
            segments.add(i < located.size() ? located.get(i) : whole);
        }
        return Optional.of(new FieldPath(path.getSegments(), segments, whole));
    }

    private Optional<Condition> binary(QueryBinary binary) {
        String operator = binary.getOperator();
        if (operator == null || binary.getLeft() == null || binary.getRight() == null) {
            return Optional.empty();
        }
        if (operator.equals("AND") || operator.equals("OR")) {
            Optional<Condition> left = condition(binary.getLeft());
            Optional<Condition> right = condition(binary.getRight());
            if (left.isPresent() && right.isPresent()) {
                return Optional.of(new Condition.Logical(left.get(), LogicalOperator.valueOf(operator), right.get(),
                        at.of(binary)));
            }
            return left.isPresent() ? left : right;
        }
        if (operator.equals("CONTAINS")) {
            return contains(binary);
        }
        return ComparisonOperator.fromSymbol(operator).flatMap(op -> comparison(binary, op));
    }

    private Optional<Condition> comparison(QueryBinary binary, ComparisonOperator operator) {
        for (QueryCondition side : List.of(binary.getLeft(), binary.getRight())) {
            if (isCondition(side)) {
                invalid(side, "a comparison compares a field with a value or a parameter, not with another condition");
                return Optional.empty();
            }
        }
        Optional<Operand> left = operand(binary.getLeft());
        Optional<Operand> right = operand(binary.getRight());
        if (left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        if (left.get() instanceof FieldPath field && right.get() instanceof Value value) {
            return Optional.of(new Condition.Comparison(field, operator, value, at.of(binary)));
        }
        if (right.get() instanceof FieldPath field && left.get() instanceof Value value) {
            return Optional.of(new Condition.Comparison(field, operator.mirrored(), value, at.of(binary)));
        }
        invalid(binary, left.get() instanceof FieldPath
                ? "a comparison compares a field with a value or a parameter; queries cannot compare two fields"
                : "one side of a comparison must be a field");
        return Optional.empty();
    }

    private Optional<Condition> contains(QueryBinary binary) {
        Optional<FieldPath> leftPath = asPath(binary.getLeft());
        Optional<FieldPath> rightPath = asPath(binary.getRight());
        if (leftPath.isPresent() && rightPath.isPresent()) {
            invalid(binary, "CONTAINS tests an array field against a value, a list or a condition, not another field");
            return Optional.empty();
        }
        if (leftPath.isEmpty() && rightPath.isEmpty()) {
            invalid(binary, "CONTAINS needs an array field on one side");
            return Optional.empty();
        }
        FieldPath array = leftPath.orElseGet(rightPath::get);
        QueryCondition other = leftPath.isPresent() ? binary.getRight() : binary.getLeft();
        if (isCondition(other)) {
            return condition(other).map(element -> new Condition.ContainsMatch(array, element, at.of(binary)));
        }
        return operand(other).filter(Value.class::isInstance)
                .map(value -> new Condition.Contains(array, (Value) value, at.of(binary)));
    }

    private Optional<FieldPath> asPath(QueryCondition side) {
        if (side instanceof QueryGroup group) {
            return asPath(group.getCondition());
        }
        return side instanceof QueryPath path ? path(path) : Optional.empty();
    }

    private static boolean isCondition(QueryCondition condition) {
        return condition instanceof QueryBinary
                || condition instanceof QueryGroup group && isCondition(group.getCondition());
    }

    private void invalid(QueryCondition element, String explanation) {
        diagnostics.report(Code.QUERY_INVALID_CONDITION, at.of(element), query, at.text(element), explanation);
    }
}
