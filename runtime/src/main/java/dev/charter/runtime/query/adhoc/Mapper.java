package dev.charter.runtime.query.adhoc;

import dev.charter.runtime.query.QueryCondition;
import dev.charter.runtime.query.adhoc.AdHocQueryParser.BooleanContext;
import dev.charter.runtime.query.adhoc.AdHocQueryParser.ComparisonContext;
import dev.charter.runtime.query.adhoc.AdHocQueryParser.ConditionContext;
import dev.charter.runtime.query.adhoc.AdHocQueryParser.ConjunctionContext;
import dev.charter.runtime.query.adhoc.AdHocQueryParser.FieldPathContext;
import dev.charter.runtime.query.adhoc.AdHocQueryParser.GroupContext;
import dev.charter.runtime.query.adhoc.AdHocQueryParser.ListContext;
import dev.charter.runtime.query.adhoc.AdHocQueryParser.NumberContext;
import dev.charter.runtime.query.adhoc.AdHocQueryParser.OperandContext;
import dev.charter.runtime.query.adhoc.AdHocQueryParser.ParameterContext;
import dev.charter.runtime.query.adhoc.AdHocQueryParser.PathContext;
import dev.charter.runtime.query.adhoc.AdHocQueryParser.PrimaryContext;
import dev.charter.runtime.query.adhoc.AdHocQueryParser.QueryNameContext;
import dev.charter.runtime.query.adhoc.AdHocQueryParser.StatementContext;
import dev.charter.runtime.query.adhoc.AdHocQueryParser.StringContext;
import dev.charter.runtime.query.adhoc.AdHocQueryParser.ValueContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * Maps a parsed statement to {@link Ast}, as the compiler's QueryMapper and QueryConditionMapper map
 * a queries.qry statement: comparisons get the field on the left, and shapes the engine cannot run
 * are reported as CTR312 with the compiler's words.
 */
final class Mapper {

    /** A piece of condition as the Xtext grammar builds it: a binary, a group or an operand. */
    private sealed interface Element {
        Token start();

        Token stop();
    }

    private record Binary(Element left, String operator, Element right, Token start, Token stop) implements Element {
    }

    private record Group(Element inner, Token start, Token stop) implements Element {
    }

    private record Leaf(OperandContext operand, Token start, Token stop) implements Element {
    }

    private final String query;
    private final TokenStream tokens;
    private final List<QueryProblem> problems;

    Mapper(String query, TokenStream tokens, List<QueryProblem> problems) {
        this.query = query;
        this.tokens = tokens;
        this.problems = problems;
    }

    Ast.Statement statement(StatementContext statement) {
        List<Ast.OrderItem> order = new ArrayList<>();
        if (statement.orderBy() != null) {
            for (AdHocQueryParser.OrderItemContext item : statement.orderBy().orderItem()) {
                order.add(new Ast.OrderItem(path(item.path()), item.direction != null
                        && item.direction.getText().equals("DESC"), pos(item.getStart())));
            }
        }
        Optional<Ast.Condition> where = statement.condition() == null ? Optional.empty()
                : condition(element(statement.condition()));
        return new Ast.Statement(statement.qualifiedName().getText(), pos(statement.qualifiedName().getStart()), where,
                order, Optional.ofNullable(statement.limit).flatMap(o -> operand(leaf(o))),
                Optional.ofNullable(statement.skip).flatMap(o -> operand(leaf(o))));
    }

    // ---- the Xtext shape of a condition ----

    private Element element(ConditionContext condition) {
        Element result = element(condition.conjunction(0));
        for (int i = 1; i < condition.conjunction().size(); i++) {
            Element right = element(condition.conjunction(i));
            result = new Binary(result, "OR", right, result.start(), right.stop());
        }
        return result;
    }

    private Element element(ConjunctionContext conjunction) {
        Element result = element(conjunction.comparison(0));
        for (int i = 1; i < conjunction.comparison().size(); i++) {
            Element right = element(conjunction.comparison(i));
            result = new Binary(result, "AND", right, result.start(), right.stop());
        }
        return result;
    }

    private Element element(ComparisonContext comparison) {
        Element left = element(comparison.left);
        if (comparison.operator == null) {
            return left;
        }
        Element right = element(comparison.right);
        return new Binary(left, comparison.operator.getText(), right, left.start(), right.stop());
    }

    private Element element(PrimaryContext primary) {
        if (primary instanceof GroupContext group) {
            return new Group(element(group.condition()), group.getStart(), group.getStop());
        }
        return leaf(((ValueContext) primary).operand());
    }

    private static Leaf leaf(OperandContext operand) {
        return new Leaf(operand, operand.getStart(), operand.getStop());
    }

    // ---- QueryConditionMapper's rules ----

    private Optional<Ast.Condition> condition(Element element) {
        if (element instanceof Group group) {
            return condition(group.inner());
        }
        if (element instanceof Binary binary) {
            return binary(binary);
        }
        Optional<Ast.Operand> operand = operand(element);
        if (operand.isPresent()) {
            invalid(element, operand.get() instanceof Ast.Path path
                    ? "a condition compares a field with a value or a parameter, such as " + path.text() + " == _$"
                            + path.segments().get(path.segments().size() - 1)
                    : "a condition compares a field with a value or a parameter");
        }
        return Optional.empty();
    }

    private Optional<Ast.Operand> operand(Element element) {
        if (element instanceof Group group) {
            return operand(group.inner());
        }
        if (!(element instanceof Leaf leaf)) {
            return Optional.empty();
        }
        OperandContext operand = leaf.operand();
        Ast.Pos at = pos(leaf.start());
        if (operand instanceof FieldPathContext field) {
            return Optional.of(path(field.path()));
        }
        if (operand instanceof ParameterContext parameter) {
            return Optional.of(new Ast.Parameter(parameter.PARAM().getText().substring(2), at));
        }
        if (operand instanceof StringContext string) {
            return Optional.of(new Ast.StringValue(unquote(string.STRING().getText()), at));
        }
        if (operand instanceof NumberContext number) {
            return Optional.of(new Ast.NumberValue(number.getText(), at));
        }
        if (operand instanceof BooleanContext bool) {
            return Optional.of(new Ast.BooleanValue(Boolean.parseBoolean(bool.getText()), at));
        }
        ListContext list = (ListContext) operand;
        List<Ast.Value> elements = new ArrayList<>();
        for (OperandContext each : list.operand()) {
            Optional<Ast.Operand> mapped = operand(leaf(each));
            if (mapped.isPresent() && mapped.get() instanceof Ast.Value value) {
                elements.add(value);
            } else if (mapped.isPresent()) {
                invalid(leaf(each), "a list holds values and parameters, not fields");
            }
        }
        return Optional.of(new Ast.ListValue(elements, at));
    }

    private Ast.Path path(PathContext path) {
        List<String> segments = new ArrayList<>();
        List<Ast.Pos> positions = new ArrayList<>();
        for (QueryNameContext name : path.queryName()) {
            segments.add(name.getText());
            positions.add(pos(name.getStart()));
        }
        return new Ast.Path(segments, positions, pos(path.getStart()));
    }

    private Optional<Ast.Condition> binary(Binary binary) {
        String operator = binary.operator();
        if (operator.equals("AND") || operator.equals("OR")) {
            Optional<Ast.Condition> left = condition(binary.left());
            Optional<Ast.Condition> right = condition(binary.right());
            if (left.isPresent() && right.isPresent()) {
                return Optional.of(new Ast.Logical(left.get(), operator.equals("AND"), right.get(), pos(binary.start())));
            }
            return left.isPresent() ? left : right;
        }
        if (operator.equals("CONTAINS")) {
            return contains(binary);
        }
        QueryCondition.Operator op = java.util.Arrays.stream(QueryCondition.Operator.values())
                .filter(o -> o.symbol().equals(operator)).findFirst().orElseThrow();
        return comparison(binary, op);
    }

    private Optional<Ast.Condition> comparison(Binary binary, QueryCondition.Operator operator) {
        for (Element side : List.of(binary.left(), binary.right())) {
            if (isCondition(side)) {
                invalid(side, "a comparison compares a field with a value or a parameter, not with another condition");
                return Optional.empty();
            }
        }
        Optional<Ast.Operand> left = operand(binary.left());
        Optional<Ast.Operand> right = operand(binary.right());
        if (left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        if (left.get() instanceof Ast.Path field && right.get() instanceof Ast.Value value) {
            return Optional.of(new Ast.Comparison(field, operator, value, pos(binary.start())));
        }
        if (right.get() instanceof Ast.Path field && left.get() instanceof Ast.Value value) {
            return Optional.of(new Ast.Comparison(field, mirrored(operator), value, pos(binary.start())));
        }
        invalid(binary, left.get() instanceof Ast.Path
                ? "a comparison compares a field with a value or a parameter; queries cannot compare two fields"
                : "one side of a comparison must be a field");
        return Optional.empty();
    }

    private Optional<Ast.Condition> contains(Binary binary) {
        Optional<Ast.Path> leftPath = asPath(binary.left());
        Optional<Ast.Path> rightPath = asPath(binary.right());
        if (leftPath.isPresent() && rightPath.isPresent()) {
            invalid(binary, "CONTAINS tests an array field against a value, a list or a condition, not another field");
            return Optional.empty();
        }
        if (leftPath.isEmpty() && rightPath.isEmpty()) {
            invalid(binary, "CONTAINS needs an array field on one side");
            return Optional.empty();
        }
        Ast.Path array = leftPath.orElseGet(rightPath::get);
        Element other = leftPath.isPresent() ? binary.right() : binary.left();
        if (isCondition(other)) {
            return condition(other).map(element -> new Ast.ContainsMatch(array, element, pos(binary.start())));
        }
        return operand(other).filter(Ast.Value.class::isInstance)
                .map(value -> new Ast.Contains(array, (Ast.Value) value, pos(binary.start())));
    }

    private Optional<Ast.Path> asPath(Element side) {
        if (side instanceof Group group) {
            return asPath(group.inner());
        }
        return side instanceof Leaf leaf && leaf.operand() instanceof FieldPathContext field
                ? Optional.of(path(field.path())) : Optional.empty();
    }

    private static boolean isCondition(Element element) {
        return element instanceof Binary || element instanceof Group group && isCondition(group.inner());
    }

    private static QueryCondition.Operator mirrored(QueryCondition.Operator operator) {
        return switch (operator) {
            case EQ, NE -> operator;
            case LT -> QueryCondition.Operator.GT;
            case LE -> QueryCondition.Operator.GE;
            case GT -> QueryCondition.Operator.LT;
            case GE -> QueryCondition.Operator.LE;
        };
    }

    private void invalid(Element element, String explanation) {
        Ast.Pos at = pos(element.start());
        problems.add(new QueryProblem("CTR312", at.line(), at.column(),
                "Query " + query + ": '" + text(element) + "' is not allowed here: " + explanation));
    }

    /** The element's tokens as written, anything hidden between two of them reduced to one space (as Xtext does). */
    private String text(Element element) {
        StringBuilder text = new StringBuilder();
        Token previous = null;
        for (int i = element.start().getTokenIndex(); i <= element.stop().getTokenIndex(); i++) {
            Token token = tokens.get(i);
            if (previous != null && token.getStartIndex() > previous.getStopIndex() + 1) {
                text.append(' ');
            }
            text.append(token.getText());
            previous = token;
        }
        return text.toString();
    }

    static Ast.Pos pos(Token token) {
        return new Ast.Pos(token.getLine(), token.getCharPositionInLine() + 1);
    }

    /** A string literal's value, as Xtext's STRING converter gives it: quotes removed, escapes resolved. */
    private static String unquote(String literal) {
        StringBuilder value = new StringBuilder(literal.length());
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c == '\\' && i + 1 < literal.length() - 1) {
                char next = literal.charAt(++i);
                value.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    default -> next;
                });
            } else {
                value.append(c);
            }
        }
        return value.toString();
    }
}
