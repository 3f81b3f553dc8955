package dev.charter.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.charter.compiler.logic.LType;
import dev.charter.compiler.logic.TypedLogic;
import dev.charter.compiler.model.Declaration.ClassDeclaration;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.TypeRef;
import dev.charter.compiler.model.expr.BinaryOperator;
import dev.charter.compiler.model.expr.Expr;
import dev.charter.compiler.model.expr.FieldInitializer;
import dev.charter.compiler.model.expr.UnaryOperator;
import dev.charter.compiler.model.logic.LogicFunction;
import dev.charter.compiler.model.logic.Stmt;
import dev.charter.compiler.model.logic.ValueType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes the Java body of one handler or function. Expressions become Java expressions that call
 * {@code Logic} for the operators whose meaning is Charter's (equality, ordering, lists); objects
 * built with {@code new} or {@code emit} become local variables set field by field, so the Java
 * reads like the logic it came from.
 */
final class BodyWriter {

    /** The name of the transaction context parameter; {@code $} keeps it apart from any logic name. */
    static final String CONTEXT_NAME = "ctx$";

    private final TypedLogic typed;
    private final Function<LogicFunction, ClassName> functionOwner;
    private final String source;
    private final CodeBlock.Builder out = CodeBlock.builder();
    private int temporaries;

    BodyWriter(TypedLogic typed, Function<LogicFunction, ClassName> functionOwner, String source) {
        this.typed = typed;
        this.functionOwner = functionOwner;
        this.source = source;
    }

    CodeBlock code() {
        return out.build();
    }

    static LType typeOf(Network network, ValueType type) {
        LType element = type.type() instanceof TypeRef.PrimitiveRef p ? new LType.Prim(p.primitive())
                : network.type(((TypeRef.DeclaredRef) type.type()).qualifiedName()).map(LType::of).orElseThrow();
        return type.array() ? new LType.ListType(element) : element;
    }

    // ---- statements -----------------------------------------------------------------------------

    void block(List<Stmt> statements) {
        for (Stmt statement : statements) {
            comment(statement);
            statement(statement);
        }
    }

    private void comment(Stmt statement) {
        int start = statement.location().offset();
        if (start >= source.length()) {
            return;
        }
        int end = source.indexOf('\n', start);
        String line = source.substring(start, end < 0 ? source.length() : end).strip();
        out.add("// $L: $L\n", statement.location().line(), line.replace("*/", "* /"));
    }

    private void statement(Stmt statement) {
        if (statement instanceof Stmt.Let let) {
            String name = JavaNames.identifier(let.variable().name());
            LType type = typed.variableType(let.variable());
            boolean reference = typed.isReferenceVariable(let.variable());
            if (let.value() instanceof Expr.New creation) {
                construct(name, creation.type(), creation.identifier().orElse(null), creation.fields(), true);
            } else {
                out.addStatement("$T $N = $L", JavaTypes.of(type, reference), name, value(let.value(), type, reference));
            }
        } else if (statement instanceof Stmt.If conditional) {
            conditional(conditional, false);
        } else if (statement instanceof Stmt.For loop) {
            LType element = typed.variableType(loop.variable());
            out.beginControlFlow("for ($T $N : $T.iterable($L))",
                    JavaTypes.of(element, typed.isReferenceVariable(loop.variable())),
                    JavaNames.identifier(loop.variable().name()), LogicGenerator.LOGIC, expr(loop.iterable()));
            block(loop.body().statements());
            out.endControlFlow();
        } else if (statement instanceof Stmt.Require require) {
            out.addStatement("$T.require($L, $L)", LogicGenerator.LOGIC, expr(require.condition()),
                    value(require.message(), LType.STRING, false));
        } else if (statement instanceof Stmt.Fail fail) {
            out.addStatement("throw new $T($L)", LogicGenerator.LOGIC_FAILURE, value(fail.message(), LType.STRING, false));
        } else if (statement instanceof Stmt.Return ret) {
            out.addStatement("return $L", expr(ret.value()));
        } else if (statement instanceof Stmt.Persist persist) {
            String method = switch (persist.operation()) {
                case ADD -> "add";
                case UPDATE -> "update";
                case REMOVE -> "remove";
            };
            out.addStatement("$N.$N($L)", CONTEXT_NAME, method, resolved(persist.target()));
        } else if (statement instanceof Stmt.Emit emit) {
            String name = "event$" + (++temporaries);
            construct(name, emit.event(), null, emit.fields(), true);
            out.addStatement("$N.emit($N)", CONTEXT_NAME, name);
        } else if (statement instanceof Stmt.Assign assign) {
            assignment(assign);
        } else if (statement instanceof Stmt.Evaluate evaluate) {
            out.addStatement("$L", expr(evaluate.expression()));
        }
    }

    private void conditional(Stmt.If conditional, boolean chained) {
        if (chained) {
            out.nextControlFlow("else if ($L)", expr(conditional.condition()));
        } else {
            out.beginControlFlow("if ($L)", expr(conditional.condition()));
        }
        block(conditional.then().statements());
        if (conditional.otherwise().isPresent()) {
            List<Stmt> otherwise = conditional.otherwise().get().statements();
            if (otherwise.size() == 1 && otherwise.get(0) instanceof Stmt.If elseIf
                    && elseIf.location().equals(conditional.otherwise().get().location())) {
                conditional(elseIf, true);
                return;
            }
            out.nextControlFlow("else");
            block(otherwise);
        }
        out.endControlFlow();
    }

    /** {@code T name = new T(); name.setId(…); name.setField(…);} for new and emit. */
    private void construct(String name, TypeRef type, Expr identifier, List<FieldInitializer> fields, boolean declare) {
        ClassDeclaration declaration = declaration(type);
        ClassName javaClass = JavaTypes.classOf(declaration);
        if (declare) {
            out.addStatement("$T $N = new $T()", javaClass, name, javaClass);
        }
        if (identifier != null) {
            String idField = typed.identifierField(declaration);
            out.addStatement("$N.$N($L)", name, JavaNames.setterName(idField), value(identifier, LType.STRING, false));
        }
        for (FieldInitializer field : fields) {
            TypedLogic.FieldType target = typed.fieldType(declaration, field.name());
            out.addStatement("$N.$N($L)", name, JavaNames.setterName(field.name()),
                    value(field.value(), target.type(), target.relationship()));
        }
    }

    private ClassDeclaration declaration(TypeRef type) {
        return (ClassDeclaration) typed.network().type(((TypeRef.DeclaredRef) type).qualifiedName()).orElseThrow();
    }

    private void assignment(Stmt.Assign assign) {
        Expr target = assign.target();
        LType targetType = typed.type(target);
        boolean reference = typed.isReference(target);
        CodeBlock current;
        java.util.function.Function<CodeBlock, CodeBlock> store;
        if (target instanceof Expr.Name name) {
            String variable = JavaNames.identifier(name.name());
            current = CodeBlock.of("$N", variable);
            store = v -> CodeBlock.of("$N = $L", variable, v);
        } else if (target instanceof Expr.FieldAccess access) {
            CodeBlock receiver = resolved(access.receiver());
            current = CodeBlock.of("$L.$N()", receiver, JavaNames.getterName(access.field()));
            store = v -> CodeBlock.of("$L.$N($L)", receiver, JavaNames.setterName(access.field()), v);
        } else {
            Expr.Index index = (Expr.Index) target;
            CodeBlock list = expr(index.receiver());
            CodeBlock position = expr(index.index());
            current = CodeBlock.of("$L.get($L)", list, position);
            store = v -> CodeBlock.of("$L.set($L, $L)", list, position, v);
        }
        switch (assign.operator()) {
            case SET -> out.addStatement("$L", store.apply(value(assign.value(), targetType, reference)));
            case APPEND, REMOVE -> {
                LType element = targetType instanceof LType.ListType l ? l.element() : LType.UNKNOWN;
                boolean many = typed.type(assign.value()) instanceof LType.ListType;
                CodeBlock operand = many ? value(assign.value(), targetType, reference)
                        : value(assign.value(), element, reference);
                String method = assign.operator() == Stmt.Assign.Operator.REMOVE ? "removed"
                        : many ? "appendedAll" : "appended";
                out.addStatement("$L", store.apply(CodeBlock.of("$T.$N($L, $L)", LogicGenerator.LOGIC, method, current, operand)));
            }
        }
    }

    // ---- expressions ----------------------------------------------------------------------------

    /**
     * The value of an expression converted for where it goes: relationships become objects or
     * objects relationships, narrower numbers widen, and lists are copied when Java's generics
     * would not accept them as they are.
     */
    private CodeBlock value(Expr expression, LType target, boolean targetReference) {
        if (expression instanceof Expr.NullLiteral) {
            return CodeBlock.of("null");
        }
        LType source = typed.type(expression);
        if (target instanceof LType.ListType list) {
            if (expression instanceof Expr.ListLiteral literal) {
                CodeBlock.Builder elements = CodeBlock.builder();
                for (int i = 0; i < literal.elements().size(); i++) {
                    elements.add(i == 0 ? "$L" : ", $L", value(literal.elements().get(i), list.element(), targetReference));
                }
                return CodeBlock.of("$T.<$T>list($L)", LogicGenerator.LOGIC, JavaTypes.of(list.element(), targetReference),
                        elements.build());
            }
            if (targetReference) {
                return CodeBlock.of("$T.refs($L)", LogicGenerator.LOGIC, expr(expression));
            }
            boolean sameJavaType = JavaTypes.of(source, typed.isReference(expression)).equals(JavaTypes.of(target, false));
            return sameJavaType ? expr(expression) : CodeBlock.of("$T.copy($L)", LogicGenerator.LOGIC, expr(expression));
        }
        if (targetReference) {
            return CodeBlock.of("$T.ref($L)", LogicGenerator.LOGIC, expr(expression));
        }
        if (expression instanceof Expr.NumberLiteral number && target instanceof LType.Prim p && p.isNumeric()) {
            return literal(number.text(), target);
        }
        CodeBlock code = resolved(expression);
        if (target.equals(LType.LONG) && source.equals(LType.INTEGER)) {
            return CodeBlock.of("$T.toLong($L)", LogicGenerator.LOGIC, code);
        }
        if (target.equals(LType.DOUBLE) && (source.equals(LType.INTEGER) || source.equals(LType.LONG))) {
            return CodeBlock.of("$T.toDouble($L)", LogicGenerator.LOGIC, code);
        }
        return code;
    }

    /** An object-valued expression as the object: relationships are resolved, narrowed types cast. */
    private CodeBlock resolved(Expr expression) {
        LType type = typed.type(expression);
        CodeBlock code;
        if (typed.isReference(expression) && type instanceof LType.ClassType) {
            code = resolve(expression);
        } else {
            code = expr(expression);
        }
        if (typed.narrowedFrom(expression).isPresent() && type instanceof LType.ClassType narrowed) {
            code = CodeBlock.of("(($T) $L)", JavaTypes.classOf(narrowed.declaration()), code);
        }
        return code;
    }

    /**
     * Follows a relationship. A field of an object is resolved with its owner and name, so that a
     * dangling one says which it is; the owner's code then appears twice, which is only done for
     * owners whose evaluation reads nothing new (variables and chains of resolved fields).
     */
    private CodeBlock resolve(Expr relationship) {
        if (relationship instanceof Expr.FieldAccess access && isRepeatable(access.receiver())) {
            CodeBlock owner = resolved(access.receiver());
            return CodeBlock.of("$N.resolve($L.$N(), $L, $S)", CONTEXT_NAME, owner,
                    JavaNames.getterName(access.field()), owner, access.field());
        }
        return CodeBlock.of("$N.resolve($L)", CONTEXT_NAME, expr(relationship));
    }

    /** Whether evaluating an expression twice gives the same object: a transaction reads each object once. */
    private boolean isRepeatable(Expr expression) {
        return expression instanceof Expr.Name || expression instanceof Expr.CurrentParticipant
                || expression instanceof Expr.FieldAccess access && isRepeatable(access.receiver());
    }

    /** A Boolean expression; an optional field that a condition tests by its truth becomes {@code Logic.truthy}. */
    CodeBlock test(Expr expression) {
        return typed.isPresenceTest(expression) ? CodeBlock.of("$T.truthy($L)", LogicGenerator.LOGIC, expr(expression))
                : expr(expression);
    }

    /** An expression in its own representation: a relationship stays a relationship. */
    private CodeBlock expr(Expr expression) {
        if (expression instanceof Expr.StringLiteral string) {
            return typed.enumName(string).map(value -> CodeBlock.of("$T.$N",
                    JavaNames.className(value.type().declaration().qualifiedName()), JavaNames.identifier(value.value())))
                    .orElseGet(() -> CodeBlock.of("$S", string.value()));
        }
        if (expression instanceof Expr.NumberLiteral number) {
            return literal(number.text(), typed.type(number));
        }
        if (expression instanceof Expr.BooleanLiteral bool) {
            return CodeBlock.of("$L", bool.value());
        }
        if (expression instanceof Expr.NullLiteral) {
            return CodeBlock.of("null");
        }
        if (expression instanceof Expr.ListLiteral) {
            return value(expression, typed.type(expression), false);
        }
        if (expression instanceof Expr.Name name) {
            TypedLogic.Binding binding = typed.binding(name);
            if (binding instanceof TypedLogic.Binding.EnumValue value) {
                return CodeBlock.of("$T.$N", JavaNames.className(value.type().declaration().qualifiedName()),
                        JavaNames.identifier(value.value()));
            }
            return CodeBlock.of("$N", JavaNames.identifier(name.name()));
        }
        if (expression instanceof Expr.FieldAccess access) {
            LType receiver = typed.type(access.receiver());
            if (receiver instanceof LType.ListType) {
                return CodeBlock.of("$T.size($L)", LogicGenerator.LOGIC, expr(access.receiver()));
            }
            if (receiver.equals(LType.STRING)) {
                return CodeBlock.of("$L.length()", expr(access.receiver()));
            }
            return CodeBlock.of("$L.$N()", resolved(access.receiver()), JavaNames.getterName(access.field()));
        }
        if (expression instanceof Expr.MethodCall call) {
            return method(call);
        }
        if (expression instanceof Expr.Index index) {
            return CodeBlock.of("$L.get($L)", expr(index.receiver()), expr(index.index()));
        }
        if (expression instanceof Expr.Unary unary) {
            return unary.operator() == UnaryOperator.NOT ? CodeBlock.of("!($L)", test(unary.operand()))
                    : CodeBlock.of("-($L)", expr(unary.operand()));
        }
        if (expression instanceof Expr.Binary binary) {
            return binary(binary);
        }
        if (expression instanceof Expr.TypeTest test) {
            ClassDeclaration tested = declaration(test.type());
            return CodeBlock.of("($L instanceof $T)", resolved(test.operand()), JavaTypes.classOf(tested));
        }
        if (expression instanceof Expr.New creation) {
            String name = "new$" + (++temporaries);
            construct(name, creation.type(), creation.identifier().orElse(null), creation.fields(), true);
            return CodeBlock.of("$N", name);
        }
        if (expression instanceof Expr.Get get) {
            return CodeBlock.of("$N.get($T.class, $L)", CONTEXT_NAME, JavaTypes.classOf(declaration(get.type())),
                    value(get.identifier(), LType.STRING, false));
        }
        if (expression instanceof Expr.Exists exists) {
            return CodeBlock.of("$N.exists($T.class, $L)", CONTEXT_NAME, JavaTypes.classOf(declaration(exists.type())),
                    value(exists.identifier(), LType.STRING, false));
        }
        if (expression instanceof Expr.CurrentParticipant) {
            return CodeBlock.of("$N.participant()", CONTEXT_NAME);
        }
        if (expression instanceof Expr.FunctionCall call) {
            LogicFunction function = typed.function(call);
            CodeBlock.Builder arguments = CodeBlock.builder().add("$N", CONTEXT_NAME);
            for (int i = 0; i < call.arguments().size(); i++) {
                arguments.add(", $L", value(call.arguments().get(i),
                        typeOf(typed.network(), function.parameters().get(i).type()), false));
            }
            return CodeBlock.of("$T.$N($L)", functionOwner.apply(function), JavaNames.identifier(function.name()),
                    arguments.build());
        }
        if (expression instanceof Expr.QueryCall query) {
            // Map.of takes up to ten pairs; more parameters than that are passed as entries.
            boolean entries = query.arguments().size() > 10;
            CodeBlock.Builder parameters = CodeBlock.builder();
            for (int i = 0; i < query.arguments().size(); i++) {
                FieldInitializer argument = query.arguments().get(i);
                CodeBlock pair = CodeBlock.of("$S, $L", argument.name(), expr(argument.value()));
                parameters.add(i == 0 ? "$L" : ", $L", entries ? CodeBlock.of("$T.entry($L)", Map.class, pair) : pair);
            }
            LType.ListType results = (LType.ListType) typed.type(query);
            return CodeBlock.of("$N.query($T.class, $S, $T.$L($L))", CONTEXT_NAME,
                    JavaTypes.classOf(((LType.ClassType) results.element()).declaration()), query.query(), Map.class,
                    entries ? "ofEntries" : "of", parameters.build());
        }
        throw new IllegalStateException("Code is generated only for logic without errors: " + expression);
    }

    private CodeBlock method(Expr.MethodCall call) {
        CodeBlock receiver = expr(call.receiver());
        List<Expr> arguments = call.arguments();
        LType type = typed.type(call.receiver());
        if (type instanceof LType.ClassType) {
            return CodeBlock.of("$T.$N($L)", LogicGenerator.LOGIC,
                    call.method().equals("getIdentifier") ? "identifier" : "qualifiedIdentifier", receiver);
        }
        if (type instanceof LType.ListType) {
            return switch (call.method()) {
                case "indexOf", "contains" -> CodeBlock.of("$T.$N($L, $L)", LogicGenerator.LOGIC, call.method(), receiver,
                        expr(arguments.get(0)));
                case "isEmpty" -> CodeBlock.of("($T.size($L) == 0)", LogicGenerator.LOGIC, receiver);
                default -> CodeBlock.of("$T.size($L)", LogicGenerator.LOGIC, receiver);
            };
        }
        if (type.equals(LType.DATE_TIME)) {
            String method = call.method();
            if (method.equals("isBefore") || method.equals("isAfter")) {
                return CodeBlock.of("$L.$N($L)", receiver, method, expr(arguments.get(0)));
            }
            String unit = method.substring(method.startsWith("plus") ? 4 : 5);
            String amount = method.startsWith("plus") ? "$L" : "-($L)";
            return CodeBlock.of("$T.plus($L, " + amount + ", $T.of$L(1))", LogicGenerator.LOGIC, receiver,
                    expr(arguments.get(0)), Duration.class, unit);
        }
        return switch (call.method()) {
            case "size", "length" -> CodeBlock.of("$L.length()", receiver);
            case "startsWith", "endsWith", "contains" -> CodeBlock.of("$L.$N($L)", receiver, call.method(),
                    expr(arguments.get(0)));
            default -> CodeBlock.of("$L.$N()", receiver, call.method());
        };
    }

    private CodeBlock binary(Expr.Binary binary) {
        BinaryOperator operator = binary.operator();
        if (operator == BinaryOperator.AND || operator == BinaryOperator.OR) {
            return CodeBlock.of(operator == BinaryOperator.AND ? "($L && $L)" : "($L || $L)", test(binary.left()),
                    test(binary.right()));
        }
        CodeBlock left = expr(binary.left());
        CodeBlock right = expr(binary.right());
        return switch (operator) {
            case EQ -> CodeBlock.of("$T.equal($L, $L)", LogicGenerator.LOGIC, left, right);
            case NE -> CodeBlock.of("!$T.equal($L, $L)", LogicGenerator.LOGIC, left, right);
            case LT, LE, GT, GE -> CodeBlock.of("($T.compare($L, $L) $L 0)", LogicGenerator.LOGIC, left, right,
                    operator.symbol());
            case IN -> CodeBlock.of("$T.contains($L, $L)", LogicGenerator.LOGIC, right, left);
            case ADD -> typed.type(binary).equals(LType.STRING)
                    ? CodeBlock.of("$T.concat($L, $L)", LogicGenerator.LOGIC, left, right)
                    : CodeBlock.of("($L + $L)", left, right);
            default -> CodeBlock.of("($L $L $L)", left, operator.symbol(), right);
        };
    }

    private static CodeBlock literal(String text, LType type) {
        if (type.equals(LType.LONG)) {
            return CodeBlock.of("$LL", text);
        }
        if (type.equals(LType.DOUBLE)) {
            return CodeBlock.of("$L", text.contains(".") || text.contains("e") || text.contains("E") ? text : text + ".0");
        }
        return CodeBlock.of("$L", text);
    }
}
