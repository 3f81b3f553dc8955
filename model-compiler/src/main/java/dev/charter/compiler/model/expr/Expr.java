package dev.charter.compiler.model.expr;

import dev.charter.compiler.diagnostic.SourceLocation;
import dev.charter.compiler.model.TypeRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An expression of an access rule condition or of transaction logic. Parentheses leave no node
 * (the tree's shape already says how operands group), and JavaScript spellings are normalised
 * to Charter's operators, so {@code (a === b && !c)} and {@code a == b and not c} are one tree.
 */
public sealed interface Expr {

    /** Where the whole expression is written. */
    SourceLocation location();

    /** The direct sub-expressions, left to right. */
    List<Expr> children();

    /** This expression and every expression inside it, depth first, left to right. */
    default Stream<Expr> walk() {
        return Stream.concat(Stream.of(this), children().stream().flatMap(Expr::walk));
    }

    /** {@code left op right}. */
    record Binary(Expr left, BinaryOperator operator, Expr right, SourceLocation location) implements Expr {
        @Override
        public List<Expr> children() {
            return List.of(left, right);
        }
    }

    /** {@code not operand} or {@code -operand}. */
    record Unary(UnaryOperator operator, Expr operand, SourceLocation location) implements Expr {
        @Override
        public List<Expr> children() {
            return List.of(operand);
        }
    }

    /** {@code operand is Type}. */
    record TypeTest(Expr operand, TypeRef type, SourceLocation location) implements Expr {
        @Override
        public List<Expr> children() {
            return List.of(operand);
        }
    }

    /** {@code receiver.field}. */
    record FieldAccess(Expr receiver, String field, SourceLocation fieldLocation, SourceLocation location)
            implements Expr {
        @Override
        public List<Expr> children() {
            return List.of(receiver);
        }
    }

    /** {@code receiver.method(arguments)}, e.g. Composer's {@code r.owner.getIdentifier()}. */
    record MethodCall(Expr receiver, String method, List<Expr> arguments, SourceLocation methodLocation,
            SourceLocation location) implements Expr {
        public MethodCall {
            arguments = List.copyOf(arguments);
        }

        @Override
        public List<Expr> children() {
            List<Expr> children = new ArrayList<>();
            children.add(receiver);
            children.addAll(arguments);
            return children;
        }
    }

    /** {@code receiver[index]}. */
    record Index(Expr receiver, Expr index, SourceLocation location) implements Expr {
        @Override
        public List<Expr> children() {
            return List.of(receiver, index);
        }
    }

    /** A string literal; {@code value} has its quotes removed and escapes resolved. */
    record StringLiteral(String value, SourceLocation location) implements Expr {
        @Override
        public List<Expr> children() {
            return List.of();
        }
    }

    /** A number literal, kept as written so no precision is lost before the type is known. */
    record NumberLiteral(String text, SourceLocation location) implements Expr {
        public BigDecimal value() {
            return new BigDecimal(text);
        }

        @Override
        public List<Expr> children() {
            return List.of();
        }
    }

    record BooleanLiteral(boolean value, SourceLocation location) implements Expr {
        @Override
        public List<Expr> children() {
            return List.of();
        }
    }

    record NullLiteral(SourceLocation location) implements Expr {
        @Override
        public List<Expr> children() {
            return List.of();
        }
    }

    /** {@code [a, b, c]}. */
    record ListLiteral(List<Expr> elements, SourceLocation location) implements Expr {
        public ListLiteral {
            elements = List.copyOf(elements);
        }

        @Override
        public List<Expr> children() {
            return elements;
        }
    }

    /** {@code new Type(identifier) { field: value, … }}. */
    record New(TypeRef type, Optional<Expr> identifier, List<FieldInitializer> fields, SourceLocation location)
            implements Expr {
        public New {
            fields = List.copyOf(fields);
        }

        @Override
        public List<Expr> children() {
            List<Expr> children = new ArrayList<>();
            identifier.ifPresent(children::add);
            fields.forEach(f -> children.add(f.value()));
            return children;
        }
    }

    /** {@code get Type(identifier)}: the resource with that identifier, which must exist. */
    record Get(TypeRef type, Expr identifier, SourceLocation location) implements Expr {
        @Override
        public List<Expr> children() {
            return List.of(identifier);
        }
    }

    /** {@code exists Type(identifier)}: whether a resource with that identifier exists. */
    record Exists(TypeRef type, Expr identifier, SourceLocation location) implements Expr {
        @Override
        public List<Expr> children() {
            return List.of(identifier);
        }
    }

    /** {@code query name(parameter: value, …)}: runs a query of queries.qry. */
    record QueryCall(String query, List<FieldInitializer> arguments, SourceLocation queryLocation,
            SourceLocation location) implements Expr {
        public QueryCall {
            arguments = List.copyOf(arguments);
        }

        @Override
        public List<Expr> children() {
            return arguments.stream().map(FieldInitializer::value).toList();
        }
    }

    /** {@code currentParticipant}: the participant submitting the transaction or making the request. */
    record CurrentParticipant(SourceLocation location) implements Expr {
        @Override
        public List<Expr> children() {
            return List.of();
        }
    }

    /** A bare name: a variable, or an enum value where the type is known from context. */
    record Name(String name, SourceLocation location) implements Expr {
        @Override
        public List<Expr> children() {
            return List.of();
        }
    }

    /** {@code function(arguments)}: a call of a function declared in a .logic file. */
    record FunctionCall(String function, List<Expr> arguments, SourceLocation functionLocation,
            SourceLocation location) implements Expr {
        public FunctionCall {
            arguments = List.copyOf(arguments);
        }

        @Override
        public List<Expr> children() {
            return arguments;
        }
    }

    /**
     * Stands where a syntax error left no expression, so that the rest of the tree can still be
     * checked; the syntax error itself has been reported, so checks pass over it silently.
     */
    record Missing(SourceLocation location) implements Expr {
        @Override
        public List<Expr> children() {
            return List.of();
        }
    }
}
