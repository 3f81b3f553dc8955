package dev.charter.compiler.model.logic;

import dev.charter.compiler.diagnostic.SourceLocation;
import dev.charter.compiler.model.TypeRef;
import dev.charter.compiler.model.expr.Expr;
import dev.charter.compiler.model.expr.FieldInitializer;
import dev.charter.compiler.model.expr.Variable;
import java.util.List;
import java.util.Optional;

/** A statement of transaction logic. */
public sealed interface Stmt {

    /** Where the whole statement is written. */
    SourceLocation location();

    /** {@code let name [: Type] = value}. */
    record Let(Variable variable, Optional<ValueType> declaredType, Expr value, SourceLocation location) implements Stmt {
    }

    /** {@code if condition { … } [else { … } | else if …]}; an else-if is an else block holding one If. */
    record If(Expr condition, Block then, Optional<Block> otherwise, SourceLocation location) implements Stmt {
    }

    /** {@code for element in iterable { … }}. */
    record For(Variable variable, Expr iterable, Block body, SourceLocation location) implements Stmt {
    }

    /** {@code require condition else message}: fail with the message unless the condition holds. */
    record Require(Expr condition, Expr message, SourceLocation location) implements Stmt {
    }

    /** {@code fail message}. */
    record Fail(Expr message, SourceLocation location) implements Stmt {
    }

    /** {@code return value}. */
    record Return(Expr value, SourceLocation location) implements Stmt {
    }

    /** {@code add | update | remove target}. */
    record Persist(Operation operation, Expr target, SourceLocation location) implements Stmt {
        public enum Operation { ADD, UPDATE, REMOVE }
    }

    /** {@code emit Event { field: value, … }}. */
    record Emit(TypeRef event, List<FieldInitializer> fields, SourceLocation location) implements Stmt {
        public Emit {
            fields = List.copyOf(fields);
        }
    }

    /** {@code target = value}, {@code target += value} (append to a list), {@code target -= value}. */
    record Assign(Expr target, Operator operator, Expr value, SourceLocation location) implements Stmt {
        public enum Operator {
            SET("="), APPEND("+="), REMOVE("-=");

            private final String symbol;

            Operator(String symbol) {
                this.symbol = symbol;
            }

            public String symbol() {
                return symbol;
            }
        }
    }

    /** An expression evaluated for its effect, e.g. a function call. */
    record Evaluate(Expr expression, SourceLocation location) implements Stmt {
    }
}
