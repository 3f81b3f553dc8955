package dev.charter.runtime.query.adhoc;

import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.model.TypeInfo;
import dev.charter.runtime.query.QueryCondition;
import dev.charter.runtime.query.QueryPlan;
import dev.charter.runtime.query.QueryValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;

/**
 * Ad-hoc queries: a {@code SELECT … [WHERE …] [ORDER BY …] [LIMIT …] [SKIP …]} statement given at run
 * time (by the REST layer or the CLI), parsed by a small ANTLR grammar that reads what queries.qry
 * statements read, checked against the network's model with the compiler's codes and messages, and
 * planned for the {@link dev.charter.runtime.query.QueryEngine}.
 */
public final class AdHocQuery {

    private AdHocQuery() {
    }

    /**
     * The plan of a statement.
     *
     * @param name the name messages give the query ({@code Query adhoc: …}) and its cursors carry
     * @throws AdHocQueryException listing every problem with its line and column
     */
    public static QueryPlan plan(String name, String statement, ModelInfo model) {
        List<QueryProblem> problems = new ArrayList<>();
        Optional<Ast.Statement> parsed = parse(name, statement, problems);
        Optional<TypeInfo> selected = parsed.flatMap(p -> new Checks(model, name, problems).check(p));
        if (!problems.isEmpty() || parsed.isEmpty() || selected.isEmpty()) {
            problems.sort(Comparator.comparingInt(QueryProblem::line).thenComparingInt(QueryProblem::column)
                    .thenComparing(QueryProblem::code));
            throw new AdHocQueryException(problems);
        }
        Ast.Statement ast = parsed.get();
        return new QueryPlan(name, selected.get().qualifiedName(), ast.where().map(AdHocQuery::condition),
                ast.orderBy().stream().map(o -> o.path().segments()).toList(),
                ast.orderBy().stream().anyMatch(Ast.OrderItem::descending),
                ast.limit().map(o -> value((Ast.Value) o)), ast.skip().map(o -> value((Ast.Value) o)));
    }

    /** The syntax errors of a statement (code CTR001), if any: what the grammar accepts or rejects. */
    public static List<QueryProblem> syntaxErrors(String statement) {
        List<QueryProblem> problems = new ArrayList<>();
        parse("adhoc", statement, problems);
        problems.removeIf(p -> !p.code().equals("CTR001"));
        return problems;
    }

    private static Optional<Ast.Statement> parse(String name, String statement, List<QueryProblem> problems) {
        BaseErrorListener collect = new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int column, String message,
                    RecognitionException e) {
                problems.add(new QueryProblem("CTR001", line, column + 1, message));
            }
        };
        AdHocQueryLexer lexer = new AdHocQueryLexer(CharStreams.fromString(statement));
        lexer.removeErrorListeners();
        lexer.addErrorListener(collect);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        AdHocQueryParser parser = new AdHocQueryParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(collect);
        AdHocQueryParser.StatementContext tree = parser.statement();
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Mapper(name, tokens, problems).statement(tree));
    }

    private static QueryCondition condition(Ast.Condition condition) {
        if (condition instanceof Ast.Logical logical) {
            QueryCondition left = condition(logical.left());
            QueryCondition right = condition(logical.right());
            return logical.and() ? new QueryCondition.And(left, right) : new QueryCondition.Or(left, right);
        }
        if (condition instanceof Ast.Comparison comparison) {
            return new QueryCondition.Compare(comparison.field().segments(), comparison.operator(), value(comparison.value()));
        }
        if (condition instanceof Ast.Contains contains) {
            return new QueryCondition.Contains(contains.array().segments(), value(contains.value()));
        }
        Ast.ContainsMatch match = (Ast.ContainsMatch) condition;
        return new QueryCondition.ContainsMatch(match.array().segments(), condition(match.element()));
    }

    private static QueryValue value(Ast.Value value) {
        if (value instanceof Ast.Parameter parameter) {
            return new QueryValue.Parameter(parameter.name());
        }
        if (value instanceof Ast.StringValue string) {
            return new QueryValue.Literal(string.value());
        }
        if (value instanceof Ast.NumberValue number) {
            return new QueryValue.Literal(new BigDecimal(number.text()));
        }
        if (value instanceof Ast.BooleanValue bool) {
            return new QueryValue.Literal(bool.value());
        }
        return new QueryValue.ListValue(((Ast.ListValue) value).elements().stream().map(AdHocQuery::value).toList());
    }
}
