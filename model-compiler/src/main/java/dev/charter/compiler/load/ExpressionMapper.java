package dev.charter.compiler.load;

import dev.charter.compiler.diagnostic.SourceLocation;
import dev.charter.compiler.model.TypeRef;
import dev.charter.compiler.model.expr.BinaryOperator;
import dev.charter.compiler.model.expr.Expr;
import dev.charter.compiler.model.expr.FieldInitializer;
import dev.charter.compiler.model.expr.UnaryOperator;
import dev.charter.dsl.charter.BinaryExpression;
import dev.charter.dsl.charter.BooleanLiteral;
import dev.charter.dsl.charter.CharterPackage.Literals;
import dev.charter.dsl.charter.CurrentParticipantExpression;
import dev.charter.dsl.charter.Declaration;
import dev.charter.dsl.charter.ExistsExpression;
import dev.charter.dsl.charter.Expression;
import dev.charter.dsl.charter.GetExpression;
import dev.charter.dsl.charter.IndexExpression;
import dev.charter.dsl.charter.ListLiteral;
import dev.charter.dsl.charter.MemberExpression;
import dev.charter.dsl.charter.NameExpression;
import dev.charter.dsl.charter.NewExpression;
import dev.charter.dsl.charter.NullLiteral;
import dev.charter.dsl.charter.NumberLiteral;
import dev.charter.dsl.charter.ObjectBody;
import dev.charter.dsl.charter.ParenthesizedExpression;
import dev.charter.dsl.charter.QueryExpression;
import dev.charter.dsl.charter.StringLiteral;
import dev.charter.dsl.charter.TypeTestExpression;
import dev.charter.dsl.charter.UnaryExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * Maps Xtext expressions to {@link Expr}, for access rule conditions now and transaction logic
 * next. Whatever a syntax error left incomplete becomes {@link Expr.Missing}; the syntax error
 * itself is already reported, so mapping never reports anything and never fails.
 */
public final class ExpressionMapper {

    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

    private final Locator at;

    public ExpressionMapper(Locator at) {
        this.at = at;
    }

    /**
     * The expression, or {@link Expr.Missing} at {@code context}'s location if there is none.
     *
     * @param context the element that holds the expression, located when the expression is absent
     */
    public Expr map(Expression expression, EObject context) {
        if (expression == null) {
            return new Expr.Missing(context == null ? at.file().location(0, 0) : at.of(context));
        }
        SourceLocation location = at.of(expression);
        if (expression instanceof ParenthesizedExpression parenthesized) {
            return map(parenthesized.getExpression(), expression);
        }
        if (expression instanceof BinaryExpression binary) {
            Optional<BinaryOperator> operator = BinaryOperator.fromSymbol(binary.getOperator());
            if (operator.isEmpty()) {
                return new Expr.Missing(location);
            }
            return new Expr.Binary(map(binary.getLeft(), expression), operator.get(), map(binary.getRight(), expression),
                    location);
        }
        if (expression instanceof UnaryExpression unary) {
            return UnaryOperator.fromSymbol(unary.getOperator())
                    .<Expr>map(op -> new Expr.Unary(op, map(unary.getOperand(), expression), location))
                    .orElseGet(() -> new Expr.Missing(location));
        }
        if (expression instanceof TypeTestExpression test) {
            return new Expr.TypeTest(map(test.getExpression(), expression),
                    type(test, test.getType(), Literals.TYPE_TEST_EXPRESSION__TYPE), location);
        }
        if (expression instanceof MemberExpression member) {
            return member(member, location);
        }
        if (expression instanceof IndexExpression index) {
            return new Expr.Index(map(index.getReceiver(), expression), map(index.getIndex(), expression), location);
        }
        if (expression instanceof NameExpression name) {
            if (name.getName() == null) {
                return new Expr.Missing(location);
            }
            return name.isCall()
                    ? new Expr.FunctionCall(name.getName(), arguments(name.getArguments(), expression),
                            at.of(name, Literals.NAME_EXPRESSION__NAME), location)
                    : new Expr.Name(name.getName(), location);
        }
        return primary(expression, location);
    }

    private Expr member(MemberExpression member, SourceLocation location) {
        if (member.getMember() == null) {
            return new Expr.Missing(location);
        }
        Expr receiver = map(member.getReceiver(), member);
        SourceLocation memberLocation = at.of(member, Literals.MEMBER_EXPRESSION__MEMBER);
        return member.isCall()
                ? new Expr.MethodCall(receiver, member.getMember(), arguments(member.getArguments(), member),
                        memberLocation, location)
                : new Expr.FieldAccess(receiver, member.getMember(), memberLocation, location);
    }

    private Expr primary(Expression expression, SourceLocation location) {
        if (expression instanceof StringLiteral string) {
            return string.getValue() == null ? new Expr.Missing(location) : new Expr.StringLiteral(string.getValue(), location);
        }
        if (expression instanceof NumberLiteral number) {
            return number.getValue() != null && NUMBER.matcher(number.getValue()).matches()
                    ? new Expr.NumberLiteral(number.getValue(), location)
                    : new Expr.Missing(location);
        }
        if (expression instanceof BooleanLiteral bool) {
            return bool.getValue() == null ? new Expr.Missing(location)
                    : new Expr.BooleanLiteral(Boolean.parseBoolean(bool.getValue()), location);
        }
        if (expression instanceof NullLiteral) {
            return new Expr.NullLiteral(location);
        }
        if (expression instanceof ListLiteral list) {
            return new Expr.ListLiteral(arguments(list.getElements(), expression), location);
        }
        if (expression instanceof NewExpression creation) {
            return new Expr.New(type(creation, creation.getType(), Literals.NEW_EXPRESSION__TYPE),
                    Optional.ofNullable(creation.getIdentifier()).map(id -> map(id, expression)),
                    fields(creation.getBody()), location);
        }
        if (expression instanceof GetExpression get) {
            return new Expr.Get(type(get, get.getType(), Literals.GET_EXPRESSION__TYPE),
                    map(get.getIdentifier(), expression), location);
        }
        if (expression instanceof ExistsExpression exists) {
            return new Expr.Exists(type(exists, exists.getType(), Literals.EXISTS_EXPRESSION__TYPE),
                    map(exists.getIdentifier(), expression), location);
        }
        if (expression instanceof QueryExpression query) {
            return query.getName() == null ? new Expr.Missing(location)
                    : new Expr.QueryCall(query.getName(), initializers(query.getArguments()),
                            at.of(query, Literals.QUERY_EXPRESSION__NAME), location);
        }
        if (expression instanceof CurrentParticipantExpression) {
            return new Expr.CurrentParticipant(location);
        }
        return new Expr.Missing(location);
    }

    private List<Expr> arguments(List<Expression> expressions, EObject context) {
        List<Expr> mapped = new ArrayList<>();
        for (Expression expression : expressions) {
            mapped.add(map(expression, context));
        }
        return mapped;
    }

    List<FieldInitializer> fields(ObjectBody body) {
        return body == null ? List.of() : initializers(body.getFields());
    }

    private List<FieldInitializer> initializers(List<dev.charter.dsl.charter.FieldInitializer> initializers) {
        List<FieldInitializer> mapped = new ArrayList<>();
        for (dev.charter.dsl.charter.FieldInitializer initializer : initializers) {
            if (initializer.getName() != null) {
                mapped.add(new FieldInitializer(initializer.getName(),
                        at.of(initializer, Literals.FIELD_INITIALIZER__NAME), map(initializer.getValue(), initializer)));
            }
        }
        return mapped;
    }

    TypeRef type(EObject owner, Declaration target, EReference feature) {
        return ModelMapper.declaredRef(target, at.text(owner, feature), at.of(owner, feature));
    }
}
