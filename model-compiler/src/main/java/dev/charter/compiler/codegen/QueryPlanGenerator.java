package dev.charter.compiler.codegen;

import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.TypeRef;
import dev.charter.compiler.model.query.Condition;
import dev.charter.compiler.model.query.Operand;
import dev.charter.compiler.model.query.OrderItem;
import dev.charter.compiler.model.query.Query;
import dev.charter.compiler.model.query.Value;
import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.query.QueryCatalog;
import dev.charter.runtime.query.QueryCondition;
import dev.charter.runtime.query.QueryPlan;
import dev.charter.runtime.query.QueryValue;
import java.math.BigDecimal;
import java.util.List;

/**
 * The network's named queries as the runtime's query plans, with the secondary indexes derived from
 * them: {@code META-INF/charter/queries.json}. Queries are data the runtime's engine interprets, so
 * no Java is generated for them.
 */
public final class QueryPlanGenerator {

    private QueryPlanGenerator() {
    }

    /** The plans of every query of a checked network (without errors), with their indexes. */
    public static QueryCatalog of(Network network, ModelInfo model) {
        List<QueryPlan> plans = network.queries().stream().flatMap(f -> f.queries().stream())
                .map(QueryPlanGenerator::plan).toList();
        return QueryCatalog.derive(model, plans);
    }

    static QueryPlan plan(Query query) {
        var select = query.select();
        String type = ((TypeRef.DeclaredRef) select.type()).qualifiedName();
        List<List<String>> order = select.orderBy().stream().map(o -> o.path().segments()).toList();
        boolean descending = select.orderBy().stream().anyMatch(o -> o.direction() == OrderItem.SortDirection.DESC);
        return new QueryPlan(query.name(), type, select.where().map(QueryPlanGenerator::condition), order, descending,
                select.limit().map(QueryPlanGenerator::operand), select.skip().map(QueryPlanGenerator::operand));
    }

    private static QueryCondition condition(Condition condition) {
        if (condition instanceof Condition.Logical logical) {
            QueryCondition left = condition(logical.left());
            QueryCondition right = condition(logical.right());
            return logical.operator() == Condition.LogicalOperator.AND ? new QueryCondition.And(left, right)
                    : new QueryCondition.Or(left, right);
        }
        if (condition instanceof Condition.Comparison comparison) {
            return new QueryCondition.Compare(comparison.field().segments(),
                    QueryCondition.Operator.valueOf(comparison.operator().name()), value(comparison.value()));
        }
        if (condition instanceof Condition.Contains contains) {
            return new QueryCondition.Contains(contains.array().segments(), value(contains.value()));
        }
        Condition.ContainsMatch match = (Condition.ContainsMatch) condition;
        return new QueryCondition.ContainsMatch(match.array().segments(), condition(match.element()));
    }

    private static QueryValue operand(Operand operand) {
        return value((Value) operand);
    }

    private static QueryValue value(Value value) {
        if (value instanceof Value.Parameter parameter) {
            return new QueryValue.Parameter(parameter.name());
        }
        if (value instanceof Value.StringValue string) {
            return new QueryValue.Literal(string.value());
        }
        if (value instanceof Value.NumberValue number) {
            return new QueryValue.Literal(new BigDecimal(number.text()));
        }
        if (value instanceof Value.BooleanValue bool) {
            return new QueryValue.Literal(bool.value());
        }
        return new QueryValue.ListValue(((Value.ListValue) value).elements().stream().map(QueryPlanGenerator::value).toList());
    }
}
