package dev.charter.compiler.logic;

import dev.charter.compiler.check.Suggestions;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.diagnostic.SourceLocation;
import dev.charter.compiler.logic.LType.ClassType;
import dev.charter.compiler.logic.LType.EnumType;
import dev.charter.compiler.logic.LType.ListType;
import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.Declaration.ClassDeclaration;
import dev.charter.compiler.model.Declaration.EnumDeclaration;
import dev.charter.compiler.model.DeclarationKind;
import dev.charter.compiler.model.Decorator;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.Primitive;
import dev.charter.compiler.model.Property;
import dev.charter.compiler.model.TypeRef;
import dev.charter.compiler.model.acl.AclBinding;
import dev.charter.compiler.model.acl.AclRule;
import dev.charter.compiler.model.acl.AclTarget;
import dev.charter.compiler.model.expr.BinaryOperator;
import dev.charter.compiler.model.expr.Expr;
import dev.charter.compiler.model.expr.FieldInitializer;
import dev.charter.compiler.model.expr.UnaryOperator;
import dev.charter.compiler.model.expr.Variable;
import dev.charter.compiler.model.logic.Block;
import dev.charter.compiler.model.logic.Handler;
import dev.charter.compiler.model.logic.LogicFile;
import dev.charter.compiler.model.logic.LogicFunction;
import dev.charter.compiler.model.logic.Parameter;
import dev.charter.compiler.model.logic.Stmt;
import dev.charter.compiler.model.logic.ValueType;
import dev.charter.compiler.model.query.Query;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Type-checks every handler and function of a network's logic: every mistake a Composer
 * JavaScript processor found at run time (unknown field, wrong type, missing handler) is found
 * here, located. The result tells the code generator the type of every expression.
 */
public final class LogicTypeChecker {

    /** How a type test on {@code currentParticipant} is remembered among the narrowed paths. */
    private static final String CURRENT_PARTICIPANT = "currentParticipant";

    /** What the access rule checks report in their own words: unbound names, functions, variables and types. */
    private static final Set<Code> REPORTED_BY_ACL_CHECKS = Set.of(Code.LOGIC_UNKNOWN_NAME, Code.LOGIC_UNKNOWN_FUNCTION,
            Code.LOGIC_DUPLICATE_VARIABLE, Code.LOGIC_UNKNOWN_TYPE);

    private final Network network;
    /** Where problems go; while a rule's condition is checked, a collector whose findings name the rule. */
    private Diagnostics diagnostics;
    private final Types types;
    private final TypedLogic typed;
    private final Map<String, List<LogicFunction>> functions = new HashMap<>();
    private final Map<LogicFunction, Set<LogicFunction>> callGraph = new HashMap<>();
    private final Set<Variable> loopVariables =
            Collections.newSetFromMap(new IdentityHashMap<>());
    private LogicFunction current;
    /** True while an access rule's condition is checked: the JavaScript forms of Composer's ACLs are accepted. */
    private boolean inCondition;
    private boolean functionsIndexed;

    public LogicTypeChecker(Network network, Diagnostics diagnostics) {
        this.network = network;
        this.diagnostics = diagnostics;
        this.types = new Types(network);
        this.typed = new TypedLogic(network);
    }

    /** What a block of statements belongs to: the name for messages and the type it must return, if any. */
    private record Owner(String description, Optional<LType> returns, LogicFunction function) {
    }

    public TypedLogic check() {
        indexFunctions(diagnostics);
        for (LogicFile file : network.logic()) {
            for (Handler handler : file.handlers()) {
                handler(handler, file);
            }
            for (LogicFunction function : file.functions()) {
                function(function);
            }
        }
        reportRecursion();
        reportMissingHandlers();
        return typed;
    }

    // ---- access rule conditions -----------------------------------------------------------------

    /**
     * Type-checks the condition of every access rule, its variables typed by what the rule binds them
     * to: the participant's type (a participant clause that is not one type gives Participant), the
     * resource's and the transaction's. Problems are reported as the rule's (CTR211–CTR213); names the
     * rule does not bind and functions no logic defines are left to their own checks (CTR207, CTR210).
     * Composer's JavaScript forms are accepted: an optional field as a presence test
     * ({@code r.authorized && …}) and an enum compared with the name of one of its values as a String.
     */
    public TypedLogic checkConditions() {
        indexFunctions(new Diagnostics()); // duplicates are the logic check's to report
        network.acl().ifPresent(acl -> acl.rules().forEach(rule -> rule.condition().ifPresent(c -> ruleCondition(rule, c))));
        return typed;
    }

    private void ruleCondition(AclRule rule, Expr condition) {
        Diagnostics outer = diagnostics;
        diagnostics = new Diagnostics();
        inCondition = true;
        try {
            Scope scope = Scope.root();
            Set<String> used = new HashSet<>();
            condition.walk().filter(Expr.Name.class::isInstance).forEach(n -> used.add(((Expr.Name) n).name()));
            bind(rule, "participant", rule.participant(), scope, used, outer);
            bind(rule, "resource", rule.resource(), scope, used, outer);
            rule.transaction().ifPresent(t -> bind(rule, "transaction", t, scope, used, outer));
            condition(condition, scope, "The condition");
            reportWrites(rule, condition, outer);
        } finally {
            for (Diagnostic found : diagnostics.sorted()) {
                if (!REPORTED_BY_ACL_CHECKS.contains(found.code())) {
                    outer.report(Code.ACL_CONDITION_TYPE, found.location(), rule.name(), found.message());
                }
            }
            diagnostics = outer;
            inCondition = false;
        }
    }

    /** Declares a rule's variable with the type its clause matches. */
    private void bind(AclRule rule, String clause, AclBinding binding, Scope scope, Set<String> used, Diagnostics outer) {
        if (binding.variable().isEmpty()) {
            return;
        }
        Variable variable = binding.variable().get();
        LType type = LType.UNKNOWN;
        if (binding.target() instanceof AclTarget.Type target) {
            type = network.type(target.qualifiedName()).map(LType::of).orElse(LType.UNKNOWN);
        } else if (clause.equals("participant")) {
            type = network.type(Network.SYSTEM_NAMESPACE + ".Participant").map(LType::of).orElse(LType.UNKNOWN);
        } else if (!(binding.target() instanceof AclTarget.Malformed) && used.contains(variable.name())) {
            outer.report(Code.ACL_CONDITION_UNTYPED_VARIABLE, variable.location(), rule.name(), variable.name(), clause,
                    "\"" + binding.target().text() + "\"", example(binding.target()));
        }
        declare(scope, variable, type, false, false);
    }

    /** A type the target matches, to suggest in a message. */
    private String example(AclTarget target) {
        return network.userDeclarations().stream()
                .filter(d -> d instanceof ClassDeclaration c && c.kind().isResource() && !c.isAbstract())
                .filter(d -> target instanceof AclTarget.Namespace ns && (d.namespace().equals(ns.namespace())
                        || ns.recursive() && d.namespace().startsWith(ns.namespace() + "."))
                        || target instanceof AclTarget.Everything)
                .map(Declaration::qualifiedName).findFirst().orElse("ns.Type");
    }

    /** Conditions decide; a function that writes or emits would change the state whenever a rule is tried. */
    private void reportWrites(AclRule rule, Expr condition, Diagnostics outer) {
        condition.walk().filter(Expr.FunctionCall.class::isInstance).map(Expr.FunctionCall.class::cast)
                .forEach(call -> {
                    LogicFunction function = typed.function(call);
                    if (function != null) {
                        writes(function, new HashSet<>()).ifPresent(what -> outer.report(Code.ACL_CONDITION_WRITES,
                                call.functionLocation(), rule.name(), call.function(), what));
                    }
                });
    }

    /** What a function (or one it calls) does besides reading, e.g. "updates a resource (line 12)"; empty when it only reads. */
    private Optional<String> writes(LogicFunction function, Set<LogicFunction> visited) {
        if (!visited.add(function)) {
            return Optional.empty();
        }
        return writes(function.body(), visited);
    }

    private Optional<String> writes(Block block, Set<LogicFunction> visited) {
        for (Stmt statement : block.statements()) {
            if (statement instanceof Stmt.Persist persist) {
                return Optional.of(persist.operation().name().toLowerCase(Locale.ROOT) + "s a resource (line "
                        + statement.location().line() + ")");
            }
            if (statement instanceof Stmt.Emit) {
                return Optional.of("emits an event (line " + statement.location().line() + ")");
            }
            List<Block> nested = new ArrayList<>();
            List<Expr> expressions = new ArrayList<>();
            if (statement instanceof Stmt.If conditional) {
                expressions.add(conditional.condition());
                nested.add(conditional.then());
                conditional.otherwise().ifPresent(nested::add);
            } else if (statement instanceof Stmt.For loop) {
                expressions.add(loop.iterable());
                nested.add(loop.body());
            } else if (statement instanceof Stmt.Let let) {
                expressions.add(let.value());
            } else if (statement instanceof Stmt.Require require) {
                expressions.add(require.condition());
            } else if (statement instanceof Stmt.Return ret) {
                expressions.add(ret.value());
            } else if (statement instanceof Stmt.Assign assign) {
                expressions.add(assign.value());
            } else if (statement instanceof Stmt.Evaluate evaluate) {
                expressions.add(evaluate.expression());
            }
            for (Expr call : expressions.stream().flatMap(Expr::walk).filter(Expr.FunctionCall.class::isInstance).toList()) {
                for (LogicFunction callee : functions.getOrDefault(((Expr.FunctionCall) call).function(), List.of())) {
                    Optional<String> found = writes(callee, visited);
                    if (found.isPresent()) {
                        return Optional.of("calls " + callee.name() + ", which " + found.get());
                    }
                }
            }
            for (Block inner : nested) {
                Optional<String> found = writes(inner, visited);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    // ---- declarations ---------------------------------------------------------------------------

    private void indexFunctions(Diagnostics target) {
        if (functionsIndexed) {
            return;
        }
        functionsIndexed = true;
        Map<String, LogicFunction> seen = new HashMap<>();
        for (LogicFunction function : network.functions()) {
            LogicFunction first = seen.putIfAbsent(function.name(), function);
            if (first != null) {
                target.report(Code.LOGIC_DUPLICATE_FUNCTION, function.location(), function.name(), first.location());
            } else {
                functions.computeIfAbsent(function.name(), n -> new ArrayList<>()).add(function);
            }
        }
    }

    private void handler(Handler handler, LogicFile file) {
        Scope scope = Scope.root();
        LType parameterType = LType.UNKNOWN;
        Optional<LType> returns = Optional.empty();
        String description = "The handler";
        Optional<ClassDeclaration> handled = handledTransaction(handler);
        if (handled.isPresent()) {
            ClassDeclaration transaction = handled.get();
            parameterType = new ClassType(transaction);
            description = "Transaction " + transaction.name();
            returns = returnsDecorator(transaction);
            Handler existing = typed.handlers.putIfAbsent(transaction.qualifiedName(), handler);
            if (existing != null) {
                diagnostics.report(Code.LOGIC_DUPLICATE_HANDLER, handler.location(), transaction.name(),
                        existing.location());
            }
        }
        typed.handlerReturns.put(handler, returns);
        typed.variables.put(handler.parameter(), parameterType);
        scope.declare(new Scope.Local(handler.parameter(), parameterType, false, false));
        Owner owner = new Owner(description, returns, null);
        boolean ends = block(handler.body(), scope, owner).ends();
        if (returns.isPresent() && !ends && parameterType instanceof ClassType transaction) {
            diagnostics.report(Code.LOGIC_MISSING_RETURN, handler.location(), transaction.declaration().name(),
                    returns.get().display());
        }
    }

    /** The transaction type a handler runs; empty, after reporting, when it names none. */
    private Optional<ClassDeclaration> handledTransaction(Handler handler) {
        if (handler.transaction() instanceof TypeRef.UnresolvedRef ref) {
            diagnostics.report(Code.LOGIC_UNKNOWN_TYPE, ref.location(), ref.written(), Suggestions.didYouMean(
                    ref.written(), network.userDeclarations().stream().filter(d -> d.kind() == DeclarationKind.TRANSACTION)
                            .map(Declaration::name).toList()));
            return Optional.empty();
        }
        Optional<Declaration> declaration = declaration(handler.transaction());
        if (declaration.isPresent() && !(declaration.get() instanceof ClassDeclaration transaction
                && transaction.kind() == DeclarationKind.TRANSACTION)) {
            diagnostics.report(Code.LOGIC_HANDLER_FOR_NON_TRANSACTION, handler.location(), declaration.get().name(),
                    Types.describe(LType.of(declaration.get())));
            return Optional.empty();
        }
        return declaration.map(ClassDeclaration.class::cast);
    }

    private Optional<LType> returnsDecorator(ClassDeclaration transaction) {
        for (Decorator decorator : transaction.decorators()) {
            if (decorator.name().equals("returns") && decorator.arguments().size() == 1) {
                Decorator.Argument argument = decorator.arguments().get(0);
                return Optional.of(types.named(argument.text(), argument.array(), transaction.namespace()));
            }
        }
        return Optional.empty();
    }

    private void function(LogicFunction function) {
        Scope scope = Scope.root();
        for (Parameter parameter : function.parameters()) {
            declare(scope, new Variable(parameter.name(), parameter.location()),
                    valueType(parameter.type()), false, false);
        }
        Optional<LType> returns = function.returnType().map(this::valueType);
        current = function;
        boolean ends = block(function.body(), scope, new Owner("Function " + function.name(), returns, function)).ends();
        current = null;
        if (returns.isPresent() && !ends) {
            diagnostics.report(Code.LOGIC_FUNCTION_MISSING_RETURN, function.location(), function.name(),
                    returns.get().display());
        }
    }

    /** The type written for a parameter, a return or a let, after reporting a name that resolves to nothing. */
    private LType valueType(ValueType type) {
        if (!(type.type() instanceof TypeRef.PrimitiveRef)) {
            declaration(type.type());
        }
        return types.of(type);
    }

    /**
     * The model declaration a type name in logic resolves to; empty, after reporting, when it names
     * none. A type declared in a logic file (already reported as misplaced) is no type at all.
     */
    private Optional<Declaration> declaration(TypeRef type) {
        if (type instanceof TypeRef.DeclaredRef ref) {
            Optional<Declaration> declaration = network.type(ref.qualifiedName());
            if (declaration.isEmpty()) {
                diagnostics.report(Code.LOGIC_UNKNOWN_TYPE, ref.location(), ref.displayName(),
                        "; types are declared in models/*.cto");
            }
            return declaration;
        }
        if (type instanceof TypeRef.UnresolvedRef ref && !ref.written().isEmpty()) {
            List<String> names = new ArrayList<>(network.types().values().stream().map(Declaration::name).toList());
            Stream.of(Primitive.values()).map(Primitive::modelName).forEach(names::add);
            diagnostics.report(Code.LOGIC_UNKNOWN_TYPE, ref.location(), ref.written(),
                    Suggestions.didYouMean(ref.written(), names));
        }
        return Optional.empty();
    }

    private void reportMissingHandlers() {
        if (network.logic().isEmpty()) {
            return; // a network without logic is a model only, e.g. a Composer network whose logic is JavaScript
        }
        for (Declaration declaration : network.userDeclarations()) {
            if (declaration instanceof ClassDeclaration transaction && transaction.kind() == DeclarationKind.TRANSACTION
                    && !transaction.isAbstract() && handlerFor(transaction).isEmpty()) {
                diagnostics.report(Code.LOGIC_NO_HANDLER, transaction.location(), transaction.name());
            }
        }
    }

    /** The handler that runs a transaction type: its own, or the nearest ancestor's. */
    private Optional<Handler> handlerFor(ClassDeclaration transaction) {
        Handler own = typed.handlers.get(transaction.qualifiedName());
        if (own != null) {
            return Optional.of(own);
        }
        return network.ancestors(transaction).stream().map(a -> typed.handlers.get(a.qualifiedName()))
                .filter(Objects::nonNull).findFirst();
    }

    private void reportRecursion() {
        for (LogicFunction function : callGraph.keySet()) {
            List<LogicFunction> cycle = callsBackTo(function, function, new HashSet<>());
            if (!cycle.isEmpty()) {
                List<String> names = new ArrayList<>();
                names.add(function.name());
                cycle.forEach(f -> names.add(f.name()));
                diagnostics.report(Code.LOGIC_RECURSION, function.location(), function.name(), String.join(" → ", names));
            }
        }
    }

    /** The chain of calls by which {@code from} reaches {@code target}, ending with it; empty when it never does. */
    private List<LogicFunction> callsBackTo(LogicFunction from, LogicFunction target, Set<LogicFunction> visited) {
        for (LogicFunction callee : callGraph.getOrDefault(from, Set.of())) {
            if (callee == target) {
                return List.of(callee);
            }
            if (visited.add(callee)) {
                List<LogicFunction> rest = callsBackTo(callee, target, visited);
                if (!rest.isEmpty()) {
                    List<LogicFunction> chain = new ArrayList<>();
                    chain.add(callee);
                    chain.addAll(rest);
                    return chain;
                }
            }
        }
        return List.of();
    }

    // ---- statements -----------------------------------------------------------------------------

    /** How a statement or block ends: whether every path through it returns, fails, or either. */
    private enum Ending {
        NONE(""), RETURNS("returns"), FAILS("fails"), RETURNS_OR_FAILS("returns or fails");

        private final String text;

        Ending(String text) {
            this.text = text;
        }

        boolean ends() {
            return this != NONE;
        }

        /** Both branches of an if: the statement ends only when both do. */
        Ending and(Ending other) {
            return !ends() || !other.ends() ? NONE : this == other ? this : RETURNS_OR_FAILS;
        }
    }

    /** Checks a block in a new scope; reports the first statement after one that always ends it. */
    private Ending block(Block block, Scope outer, Owner owner) {
        Scope scope = outer.child();
        Ending ending = Ending.NONE;
        boolean reported = false;
        for (Stmt statement : block.statements()) {
            if (ending.ends() && !reported) {
                diagnostics.report(Code.LOGIC_UNREACHABLE, statement.location(), ending.text);
                reported = true;
            }
            Ending statementEnding = statement(statement, scope, owner);
            if (!ending.ends()) {
                ending = statementEnding;
            }
        }
        return ending;
    }

    private Ending statement(Stmt statement, Scope scope, Owner owner) {
        if (statement instanceof Stmt.Let let) {
            Optional<LType> declared = let.declaredType().map(this::valueType);
            LType value = expression(let.value(), scope, declared.orElse(null));
            String name = let.variable().name();
            if (declared.isPresent()) {
                expectAssignable(let.value(), value, declared.get(), "The value of " + name);
            } else if (startsEmpty(let.value())) {
                diagnostics.report(Code.LOGIC_UNTYPED_VARIABLE, let.variable().location(), name,
                        let.value() instanceof Expr.ListLiteral ? "Type[]" : "Type");
            } else if (value instanceof LType.VoidType) {
                diagnostics.report(Code.LOGIC_TYPE_MISMATCH, let.value().location(), "The value of " + name, "a value",
                        Types.describe(value));
            }
            LType type = declared.orElse(value instanceof LType.NullType || value instanceof LType.VoidType
                    ? LType.UNKNOWN : value);
            // A single relationship is resolved when bound; a list of them stays a list of relationships.
            declare(scope, let.variable(), type, declared.isEmpty() && typed.isReference(let.value())
                    && type instanceof ListType, true);
            return Ending.NONE;
        }
        if (statement instanceof Stmt.If conditional) {
            condition(conditional.condition(), scope, "The condition of if");
            Scope then = scope.child();
            narrow(conditional.condition(), then);
            Ending thenEnding = block(conditional.then(), then, owner);
            Scope otherwise = scope.child();
            narrowWhenFalse(conditional.condition(), otherwise);
            Ending elseEnding = conditional.otherwise().map(b -> block(b, otherwise, owner)).orElse(Ending.NONE);
            if (thenEnding.ends() && !elseEnding.ends()) {
                narrowWhenFalse(conditional.condition(), scope); // if not (x is T) { fail … }: x is T from here on
            } else if (elseEnding.ends() && !thenEnding.ends()) {
                narrow(conditional.condition(), scope);
            }
            return thenEnding.and(elseEnding);
        }
        if (statement instanceof Stmt.For loop) {
            LType iterable = expression(loop.iterable(), scope, null);
            LType element = LType.UNKNOWN;
            if (iterable instanceof ListType list) {
                element = list.element();
            } else if (!iterable.isUnknown()) {
                diagnostics.report(Code.LOGIC_TYPE_MISMATCH, loop.iterable().location(), "What for iterates over",
                        "a list", Types.describe(iterable));
            }
            forgetAssigned(loop.body(), scope); // what the body assigns no longer holds on its next round
            Scope body = scope.child();
            declare(body, loop.variable(), element, typed.isReference(loop.iterable()), false);
            loopVariables.add(loop.variable());
            block(loop.body(), body, owner);
            return Ending.NONE;
        }
        if (statement instanceof Stmt.Require require) {
            condition(require.condition(), scope, "The condition of require");
            message(require.message(), scope);
            narrow(require.condition(), scope); // require x is T else …: x is T from here on
            return Ending.NONE;
        }
        if (statement instanceof Stmt.Fail fail) {
            message(fail.message(), scope);
            return Ending.FAILS;
        }
        if (statement instanceof Stmt.Return ret) {
            LType value = expression(ret.value(), scope, owner.returns().orElse(null));
            if (owner.returns().isEmpty()) {
                String type = writable(value) ? value.display() : "Type";
                diagnostics.report(Code.LOGIC_UNEXPECTED_RETURN, ret.location(), owner.description(),
                        owner.function() != null ? "declare its type, e.g. function " + owner.function().name() + "(…): " + type
                                : "declare @returns(" + type + ") on the transaction, or remove the value");
            } else {
                expectAssignable(ret.value(), value, owner.returns().get(), "The returned value");
            }
            return Ending.RETURNS;
        }
        if (statement instanceof Stmt.Persist persist) {
            LType target = expression(persist.target(), scope, null);
            if (!target.isUnknown() && !Types.isStored(target)) {
                diagnostics.report(Code.LOGIC_PERSIST_NON_RESOURCE, persist.target().location(),
                        persist.operation().name().toLowerCase(Locale.ROOT),
                        path(persist.target()).orElse("this value"), Types.describe(target));
            }
            return Ending.NONE;
        }
        if (statement instanceof Stmt.Emit emit) {
            emit(emit, scope);
            return Ending.NONE;
        }
        if (statement instanceof Stmt.Assign assign) {
            assignment(assign, scope);
            return Ending.NONE;
        }
        if (statement instanceof Stmt.Evaluate evaluate) {
            expression(evaluate.expression(), scope, null);
            if (!(evaluate.expression() instanceof Expr.FunctionCall) && !(evaluate.expression() instanceof Expr.Missing)) {
                diagnostics.report(Code.LOGIC_USELESS_EXPRESSION, evaluate.location());
            }
            return Ending.NONE;
        }
        return Ending.NONE;
    }

    /** Whether a type can be written in logic, e.g. as a function's return type. */
    private static boolean writable(LType type) {
        return type instanceof LType.Prim || type instanceof ClassType || type instanceof EnumType
                || type instanceof ListType list && writable(list.element());
    }

    /** {@code null}, {@code []}, {@code [null]}: values that say nothing about the type of a variable they start. */
    private static boolean startsEmpty(Expr value) {
        return value instanceof Expr.NullLiteral
                || value instanceof Expr.ListLiteral list && list.elements().stream().allMatch(LogicTypeChecker::startsEmpty);
    }

    private void declare(Scope scope, Variable variable, LType type, boolean reference,
            boolean assignable) {
        scope.clash(variable.name()).ifPresent(existing -> diagnostics.report(Code.LOGIC_DUPLICATE_VARIABLE,
                variable.location(), variable.name(), existing.variable().location()));
        scope.declare(new Scope.Local(variable, type, reference, assignable));
        typed.variables.put(variable, type);
        if (reference) {
            typed.referenceVariables.put(variable, true);
        }
    }

    private void condition(Expr condition, Scope scope, String what) {
        LType type = expression(condition, scope, LType.BOOLEAN);
        if (inCondition && !type.equals(LType.BOOLEAN) && isOptionalField(condition)) {
            typed.presenceTests.add(condition); // Composer's r.authorized && …: is the field set?
            return;
        }
        if (!type.isUnknown() && !type.equals(LType.BOOLEAN)) {
            diagnostics.report(Code.LOGIC_NOT_BOOLEAN, condition.location(), what, Types.describe(type));
        }
    }

    private void message(Expr message, Scope scope) {
        LType type = expression(message, scope, LType.STRING);
        expectAssignable(message, type, LType.STRING, "A failure message");
    }

    /** Type tests that hold whenever the condition holds narrow types in {@code scope}. */
    private void narrow(Expr condition, Scope scope) {
        if (condition instanceof Expr.Binary binary && binary.operator() == BinaryOperator.AND) {
            narrow(binary.left(), scope);
            narrow(binary.right(), scope);
        } else if (condition instanceof Expr.Unary unary && unary.operator() == UnaryOperator.NOT) {
            narrowWhenFalse(unary.operand(), scope);
        } else if (condition instanceof Expr.TypeTest test && test.type() instanceof TypeRef.DeclaredRef ref) {
            LType tested = network.type(ref.qualifiedName()).map(LType::of).orElse(LType.UNKNOWN);
            LType current = typed.type(test.operand());
            if (tested instanceof ClassType && !current.isUnknown() && !tested.equals(current)
                    && types.assignable(tested, current)) {
                path(test.operand()).ifPresent(path -> scope.narrow(path, tested));
            }
        }
    }

    /** Type tests that hold whenever the condition does not, e.g. x is T after {@code not (x is T) or …} is false. */
    private void narrowWhenFalse(Expr condition, Scope scope) {
        if (condition instanceof Expr.Binary binary && binary.operator() == BinaryOperator.OR) {
            narrowWhenFalse(binary.left(), scope);
            narrowWhenFalse(binary.right(), scope);
        } else if (condition instanceof Expr.Unary unary && unary.operator() == UnaryOperator.NOT) {
            narrow(unary.operand(), scope);
        }
    }

    /** Forgets the type tests about everything a block assigns, wherever in it. */
    private void forgetAssigned(Block block, Scope scope) {
        for (Stmt statement : block.statements()) {
            if (statement instanceof Stmt.Assign assign) {
                forgetTarget(assign.target(), scope);
            } else if (statement instanceof Stmt.If conditional) {
                forgetAssigned(conditional.then(), scope);
                conditional.otherwise().ifPresent(b -> forgetAssigned(b, scope));
            } else if (statement instanceof Stmt.For loop) {
                forgetAssigned(loop.body(), scope);
            }
        }
    }

    private static void forgetTarget(Expr target, Scope scope) {
        if (target instanceof Expr.Name name) {
            scope.forget(name.name());
        } else if (target instanceof Expr.FieldAccess access) {
            scope.forgetField(access.field());
        } else if (target instanceof Expr.Index index) {
            forgetTarget(index.receiver(), scope);
        }
    }

    /** {@code req.approvingParty} for a chain of names and field reads; empty for anything else. */
    private static Optional<String> path(Expr expression) {
        if (expression instanceof Expr.Name name) {
            return Optional.of(name.name());
        }
        if (expression instanceof Expr.CurrentParticipant) {
            return Optional.of(CURRENT_PARTICIPANT);
        }
        if (expression instanceof Expr.FieldAccess access) {
            return path(access.receiver()).map(p -> p + "." + access.field());
        }
        return Optional.empty();
    }

    private void emit(Stmt.Emit emit, Scope scope) {
        Optional<Declaration> resolved = declaration(emit.event());
        if (resolved.isEmpty()) {
            emit.fields().forEach(f -> expression(f.value(), scope, null));
            return;
        }
        Declaration declaration = resolved.get();
        if (!(declaration instanceof ClassDeclaration event) || event.kind() != DeclarationKind.EVENT) {
            diagnostics.report(Code.LOGIC_EMIT_NON_EVENT, emit.event().location(), declaration.name(),
                    Types.describe(LType.of(declaration)));
            emit.fields().forEach(f -> expression(f.value(), scope, null));
            return;
        }
        if (event.isAbstract()) {
            diagnostics.report(Code.LOGIC_ABSTRACT_NEW, emit.event().location(), event.name());
        }
        initializers(event, emit.fields(), Optional.empty(), emit.event().location(), "emit", scope);
    }

    private void assignment(Stmt.Assign assign, Scope scope) {
        forgetTarget(assign.target(), scope); // the target takes its declared type, and tests about it stop holding
        LType target = LType.UNKNOWN;
        boolean assignable = true;
        if (assign.target() instanceof Expr.Name name) {
            target = expression(name, scope, null);
            Optional<Scope.Local> local = scope.lookup(name.name());
            if (local.isPresent() && !local.get().assignable()) {
                diagnostics.report(Code.LOGIC_NOT_ASSIGNABLE, name.location(), name.name() + (loopVariables.contains(
                        local.get().variable()) ? ", the variable of a for loop" : ", a parameter"));
                assignable = false;
            }
        } else if (assign.target() instanceof Expr.FieldAccess access) {
            target = expression(access, scope, null);
            assignable = fieldAssignable(access);
        } else if (assign.target() instanceof Expr.Index index) {
            target = expression(index, scope, null);
            Optional<ClassDeclaration> transaction = signedBy(index.receiver());
            if (transaction.isPresent()) {
                diagnostics.report(Code.LOGIC_TRANSACTION_FIELD_ASSIGNED, index.location(), "an element of "
                        + path(index.receiver()).orElse("this list"), transaction.get().name());
                assignable = false;
            }
        } else if (!(assign.target() instanceof Expr.Missing)) {
            expression(assign.target(), scope, null);
            diagnostics.report(Code.LOGIC_NOT_ASSIGNABLE, assign.target().location(), "this expression");
            assignable = false;
        }
        if (assign.operator() == Stmt.Assign.Operator.SET) {
            LType value = expression(assign.value(), scope, target);
            if (assignable && assign.target() instanceof Expr.Name name && target.isNumeric() && value.isNumeric()
                    && !types.assignable(value, target)) {
                // let total = 0 makes an Integer; the Double added later needs a wider variable
                diagnostics.report(Code.LOGIC_TYPE_MISMATCH, assign.value().location(), "The value assigned",
                        Types.describe(target), Types.describe(value) + "; declare " + name.name() + " wide enough: let "
                                + name.name() + ": " + value.display() + " = …");
            } else if (assignable) {
                expectAssignable(assign.value(), value, target, "The value assigned");
            }
            return;
        }
        if (!(target instanceof ListType list)) {
            expression(assign.value(), scope, null);
            if (!target.isUnknown()) {
                diagnostics.report(Code.LOGIC_TYPE_MISMATCH, assign.target().location(),
                        "The target of " + assign.operator().symbol(), "a list", Types.describe(target));
            }
            return;
        }
        LType value = expression(assign.value(), scope, list.element());
        if (!types.assignable(value, list.element()) && !types.assignable(value, list)) {
            diagnostics.report(Code.LOGIC_TYPE_MISMATCH, assign.value().location(),
                    "What " + assign.operator().symbol() + " adds or removes", list.element().display() + " or "
                            + list.display(), Types.describe(value));
        }
    }

    /**
     * False, after reporting, when the field cannot be assigned: it is the size of a list or a
     * String, it lies in what a transaction's submitter signed, or it identifies its object.
     */
    private boolean fieldAssignable(Expr.FieldAccess access) {
        LType receiver = typed.type(access.receiver());
        if (receiver instanceof ListType || receiver.equals(LType.STRING)) {
            diagnostics.report(Code.LOGIC_NOT_ASSIGNABLE, access.fieldLocation(), path(access).orElse(access.field())
                    + ", which follows from what the " + (receiver instanceof ListType ? "list" : "String") + " holds");
            return false;
        }
        if (!(receiver instanceof ClassType owner)) {
            return true;
        }
        Optional<ClassDeclaration> transaction = signedBy(access.receiver());
        if (transaction.isPresent()) {
            diagnostics.report(Code.LOGIC_TRANSACTION_FIELD_ASSIGNED, access.fieldLocation(),
                    owner.declaration().kind() == DeclarationKind.TRANSACTION ? access.field()
                            : path(access).orElse(access.field()), transaction.get().name());
            return false;
        }
        ClassDeclaration declaration = owner.declaration();
        Optional<ClassDeclaration> identifying = network.identifyingDeclaration(declaration);
        if (identifying.isPresent() && identifying.get().identifiedBy().orElseThrow().field().equals(access.field())) {
            diagnostics.report(Code.LOGIC_IDENTIFIER_ASSIGNED, access.fieldLocation(), access.field(), declaration.name());
            return false;
        }
        return true;
    }

    /**
     * The transaction whose signed data a value lies in: the transaction itself, or a concept or
     * list it holds by value (not through a relationship, which leads to a stored resource).
     */
    private Optional<ClassDeclaration> signedBy(Expr value) {
        for (Expr e = value; ; ) {
            if (typed.type(e) instanceof ClassType c && c.declaration().kind() == DeclarationKind.TRANSACTION) {
                return Optional.of(c.declaration());
            }
            if (e instanceof Expr.FieldAccess access && !typed.isReference(access)) {
                e = access.receiver();
            } else if (e instanceof Expr.Index index && !typed.isReference(index)) {
                e = index.receiver();
            } else {
                return Optional.empty();
            }
        }
    }

    private void expectAssignable(Expr where, LType actual, LType expected, String what) {
        if (!types.assignable(actual, expected)) {
            diagnostics.report(Code.LOGIC_TYPE_MISMATCH, where.location(), what, Types.describe(expected),
                    Types.describe(actual) + literalHint(where, expected));
        }
    }

    /**
     * Composer's JavaScript wrote enum values as strings and related resources by identifier;
     * Charter writes enum values bare and looks resources up with get.
     */
    private static String literalHint(Expr value, LType expected) {
        if (value instanceof Expr.StringLiteral string && expected instanceof EnumType e
                && e.declaration().hasValue(string.value())) {
            return "; write the enum value without quotes: " + string.value();
        }
        if (expected instanceof ClassType c && Types.isStored(c) && value instanceof Expr.StringLiteral string) {
            return "; look it up by its identifier: get " + c.declaration().name() + "(\"" + string.value() + "\")";
        }
        return "";
    }

    // ---- expressions ----------------------------------------------------------------------------

    /**
     * The type of an expression, recorded for the generator.
     *
     * @param expected the type the context wants, or null; it types list literals and bare enum values
     */
    private LType expression(Expr expression, Scope scope, LType expected) {
        LType type = infer(expression, scope, expected);
        typed.types.put(expression, type);
        return type;
    }

    private LType infer(Expr expression, Scope scope, LType expected) {
        if (expression instanceof Expr.StringLiteral) {
            return LType.STRING;
        }
        if (expression instanceof Expr.NumberLiteral number) {
            return numberType(number.text());
        }
        if (expression instanceof Expr.BooleanLiteral) {
            return LType.BOOLEAN;
        }
        if (expression instanceof Expr.NullLiteral) {
            return LType.NULL;
        }
        if (expression instanceof Expr.ListLiteral list) {
            LType element = expected instanceof ListType l ? l.element() : null;
            LType inferred = null;
            for (Expr e : list.elements()) {
                LType t = expression(e, scope, element);
                if (element != null) {
                    expectAssignable(e, t, element, "A list element");
                } else if (inferred == null || types.assignable(inferred, t)) {
                    inferred = t;
                } else if (!types.assignable(t, inferred)) {
                    diagnostics.report(Code.LOGIC_TYPE_MISMATCH, e.location(), "A list element",
                            Types.describe(inferred), Types.describe(t));
                }
            }
            return new ListType(element != null ? element : inferred == null ? LType.UNKNOWN : inferred);
        }
        if (expression instanceof Expr.Name name) {
            return name(name, scope, expected);
        }
        if (expression instanceof Expr.FieldAccess access) {
            return field(access, scope);
        }
        if (expression instanceof Expr.MethodCall call) {
            return method(call, scope);
        }
        if (expression instanceof Expr.Index index) {
            LType receiver = expression(index.receiver(), scope, null);
            LType position = expression(index.index(), scope, LType.INTEGER);
            expectAssignable(index.index(), position, LType.INTEGER, "A list index");
            if (receiver instanceof ListType list) {
                typed.references.put(index, typed.isReference(index.receiver()));
                return list.element();
            }
            if (!receiver.isUnknown()) {
                diagnostics.report(Code.LOGIC_TYPE_MISMATCH, index.receiver().location(), "What [] reads from", "a list",
                        Types.describe(receiver));
            }
            return LType.UNKNOWN;
        }
        if (expression instanceof Expr.Unary unary) {
            if (unary.operator() == UnaryOperator.NOT) {
                condition(unary.operand(), scope, "The operand of not");
                return LType.BOOLEAN;
            }
            LType operand = expression(unary.operand(), scope, null);
            if (!operand.isUnknown() && !operand.isNumeric()) {
                diagnostics.report(Code.LOGIC_TYPE_MISMATCH, unary.operand().location(), "The operand of -", "a number",
                        Types.describe(operand));
                return LType.UNKNOWN;
            }
            return operand;
        }
        if (expression instanceof Expr.Binary binary) {
            return binary(binary, scope);
        }
        if (expression instanceof Expr.TypeTest test) {
            return typeTest(test, scope);
        }
        if (expression instanceof Expr.New creation) {
            return creation(creation, scope);
        }
        if (expression instanceof Expr.Get get) {
            LType type = storedType(get.type(), "get");
            LType id = expression(get.identifier(), scope, LType.STRING);
            expectAssignable(get.identifier(), id, LType.STRING, "An identifier");
            return type;
        }
        if (expression instanceof Expr.Exists exists) {
            storedType(exists.type(), "exists");
            LType id = expression(exists.identifier(), scope, LType.STRING);
            expectAssignable(exists.identifier(), id, LType.STRING, "An identifier");
            return LType.BOOLEAN;
        }
        if (expression instanceof Expr.QueryCall query) {
            return query(query, scope);
        }
        if (expression instanceof Expr.CurrentParticipant) {
            LType participant = network.type(Network.SYSTEM_NAMESPACE + ".Participant").map(LType::of).orElse(LType.UNKNOWN);
            Optional<LType> narrowed = scope.narrowed(CURRENT_PARTICIPANT);
            if (narrowed.isPresent() && !participant.isUnknown()) {
                typed.narrowedFrom.put(expression, participant);
                return narrowed.get();
            }
            return participant;
        }
        if (expression instanceof Expr.FunctionCall call) {
            return call(call, scope);
        }
        return LType.UNKNOWN; // Missing: a syntax error already said what is wrong
    }

    private static LType numberType(String text) {
        if (text.contains(".") || text.contains("e") || text.contains("E")) {
            return LType.DOUBLE;
        }
        try {
            Integer.parseInt(text);
            return LType.INTEGER;
        } catch (NumberFormatException e) {
            return LType.LONG;
        }
    }

    private LType name(Expr.Name name, Scope scope, LType expected) {
        Optional<Scope.Local> local = scope.lookup(name.name());
        if (local.isPresent()) {
            typed.names.put(name, new TypedLogic.Binding.Local(local.get().variable()));
            typed.references.put(name, local.get().reference());
            Optional<LType> narrowed = scope.narrowed(name.name());
            if (narrowed.isPresent()) {
                typed.narrowedFrom.put(name, local.get().type());
                return narrowed.get();
            }
            return local.get().type();
        }
        List<EnumDeclaration> enums = network.types().values().stream()
                .filter(EnumDeclaration.class::isInstance).map(EnumDeclaration.class::cast)
                .filter(e -> e.hasValue(name.name())).toList();
        Optional<EnumDeclaration> chosen = expected instanceof EnumType e && enums.contains(e.declaration())
                ? Optional.of(e.declaration()) : enums.size() == 1 ? Optional.of(enums.get(0)) : Optional.empty();
        if (chosen.isPresent()) {
            EnumType type = new EnumType(chosen.get());
            typed.names.put(name, new TypedLogic.Binding.EnumValue(type, name.name()));
            return type;
        }
        if (enums.size() > 1) {
            diagnostics.report(Code.LOGIC_AMBIGUOUS_NAME, name.location(), name.name(),
                    String.join(", ", enums.stream().map(EnumDeclaration::name).toList()));
        } else {
            List<String> candidates = new ArrayList<>();
            scope.names().forEach(candidates::add);
            if (expected instanceof EnumType e) {
                e.declaration().values().forEach(v -> candidates.add(v.name()));
            } else {
                network.types().values().stream().filter(d -> d instanceof EnumDeclaration && !d.system())
                        .forEach(d -> ((EnumDeclaration) d).values().forEach(v -> candidates.add(v.name())));
            }
            diagnostics.report(Code.LOGIC_UNKNOWN_NAME, name.location(), name.name(),
                    Suggestions.didYouMean(name.name(), candidates));
        }
        return LType.UNKNOWN;
    }

    private LType field(Expr.FieldAccess access, Scope scope) {
        LType receiver = expression(access.receiver(), scope, null);
        LType declared = fieldType(access, receiver);
        Optional<LType> narrowed = path(access).flatMap(scope::narrowed);
        if (narrowed.isPresent() && !declared.isUnknown()) {
            typed.narrowedFrom.put(access, declared);
            return narrowed.get();
        }
        return declared;
    }

    private LType fieldType(Expr.FieldAccess access, LType receiver) {
        if (receiver.isUnknown()) {
            return LType.UNKNOWN;
        }
        if ((receiver instanceof ListType || receiver.equals(LType.STRING))
                && (access.field().equals("size") || access.field().equals("length"))) {
            return LType.INTEGER;
        }
        if (receiver instanceof ClassType owner) {
            Optional<Property> property = network.property(owner.declaration(), access.field());
            if (property.isPresent()) {
                typed.references.put(access, property.get() instanceof Property.Relationship);
                return types.of(property.get());
            }
            List<String> subtypes = network.userDeclarations().stream()
                    .filter(d -> d instanceof ClassDeclaration c && !c.qualifiedName().equals(owner.declaration().qualifiedName())
                            && network.isSubtypeOf(c, owner.declaration().qualifiedName())
                            && network.property(c, access.field()).isPresent())
                    .map(Declaration::name).toList();
            diagnostics.report(Code.LOGIC_UNKNOWN_FIELD, access.fieldLocation(), Types.describe(receiver), access.field(),
                    subtypes.isEmpty() ? Suggestions.didYouMean(access.field(),
                            network.allProperties(owner.declaration()).stream().map(Property::name).toList())
                            : "; it is a field of " + String.join(" and of ", subtypes) + path(access.receiver())
                                    .map(p -> ": test first that " + p + " is " + subtypes.get(0)).orElse(""));
            return LType.UNKNOWN;
        }
        diagnostics.report(Code.LOGIC_UNKNOWN_FIELD, access.fieldLocation(), Types.describe(receiver), access.field(),
                receiver instanceof ListType ? ": a list has only size (or length)"
                        : receiver.equals(LType.STRING) ? ": a String has only size (or length)" : "");
        return LType.UNKNOWN;
    }

    private LType method(Expr.MethodCall call, Scope scope) {
        LType receiver = expression(call.receiver(), scope, null);
        List<LType> arguments = new ArrayList<>();
        for (Expr argument : call.arguments()) {
            arguments.add(expression(argument, scope, receiver instanceof ListType l ? l.element() : null));
        }
        if (receiver.isUnknown()) {
            return LType.UNKNOWN;
        }
        Optional<Methods.Signature> signature = Methods.find(receiver, call.method());
        if (signature.isEmpty()) {
            diagnostics.report(Code.LOGIC_UNKNOWN_METHOD, call.methodLocation(), Types.describe(receiver), call.method(),
                    Suggestions.didYouMean(call.method(), Methods.names(receiver)));
            return LType.UNKNOWN;
        }
        List<LType> parameters = signature.get().parameters();
        if (parameters.size() != arguments.size()) {
            diagnostics.report(Code.LOGIC_ARGUMENT_COUNT, call.methodLocation(), call.method(), parameters.size(),
                    arguments.size());
        } else {
            for (int i = 0; i < parameters.size(); i++) {
                boolean ok = parameters.get(i) == Methods.ELEMENT ? receiver instanceof ListType l
                        && types.comparable(arguments.get(i), l.element()) : types.assignable(arguments.get(i), parameters.get(i));
                if (!ok) {
                    diagnostics.report(Code.LOGIC_TYPE_MISMATCH, call.arguments().get(i).location(),
                            "Argument " + (i + 1) + " of " + call.method(), parameters.get(i) == Methods.ELEMENT
                                    ? ((ListType) receiver).element().display() : Types.describe(parameters.get(i)),
                            Types.describe(arguments.get(i)));
                }
            }
        }
        return signature.get().result();
    }

    private LType binary(Expr.Binary binary, Scope scope) {
        BinaryOperator operator = binary.operator();
        if (operator == BinaryOperator.AND || operator == BinaryOperator.OR) {
            condition(binary.left(), scope, "The operand of " + operator.symbol());
            Scope right = scope.child();
            if (operator == BinaryOperator.AND) {
                narrow(binary.left(), right);
            } else {
                narrowWhenFalse(binary.left(), right);
            }
            condition(binary.right(), right, "The operand of " + operator.symbol());
            return LType.BOOLEAN;
        }
        if (misplacedNot(binary.left(), operator.symbol(), scope)) {
            expression(binary.right(), scope, null);
            return LType.BOOLEAN;
        }
        LType left;
        LType right;
        if (binary.left() instanceof Expr.Name name && scope.lookup(name.name()).isEmpty()) {
            // a bare enum value on the left, e.g. CLOSED == l.status: its enum comes from the right
            right = expression(binary.right(), scope, null);
            left = expression(binary.left(), scope, operator == BinaryOperator.IN && right instanceof ListType list
                    ? list.element() : right);
        } else {
            left = expression(binary.left(), scope, null);
            right = expression(binary.right(), scope, operator == BinaryOperator.IN ? new ListType(left) : left);
        }
        switch (operator) {
            case EQ, NE -> {
                if (inCondition && (enumName(binary.left(), right) || enumName(binary.right(), left))) {
                    return LType.BOOLEAN;
                }
                if (!types.comparable(left, right)) {
                    String hint = literalHint(binary.right(), left);
                    diagnostics.report(Code.LOGIC_INCOMPARABLE, binary.location(), Types.describe(left),
                            Types.describe(right) + (hint.isEmpty() ? literalHint(binary.left(), right) : hint));
                }
                return LType.BOOLEAN;
            }
            case LT, LE, GT, GE -> {
                if (!types.ordered(left, right)) {
                    diagnostics.report(Code.LOGIC_INCOMPARABLE, binary.location(), Types.describe(left), Types.describe(right)
                            + (types.comparable(left, right) ? " using " + operator.symbol()
                                    + ": only numbers, Strings and DateTimes have an order" : ""));
                }
                return LType.BOOLEAN;
            }
            case IN -> {
                if (!right.isUnknown() && !(right instanceof ListType)) {
                    diagnostics.report(Code.LOGIC_TYPE_MISMATCH, binary.right().location(), "The right of in", "a list",
                            Types.describe(right));
                } else if (right instanceof ListType list && !types.comparable(left, list.element())) {
                    diagnostics.report(Code.LOGIC_INCOMPARABLE, binary.location(), Types.describe(left),
                            "the elements of " + list.display());
                }
                return LType.BOOLEAN;
            }
            case ADD -> {
                if (left.equals(LType.STRING) || right.equals(LType.STRING)) {
                    Expr other = left.equals(LType.STRING) ? binary.right() : binary.left();
                    LType otherType = other == binary.right() ? right : left;
                    if (!(otherType instanceof LType.Prim || otherType instanceof EnumType || otherType.isUnknown())) {
                        diagnostics.report(Code.LOGIC_TYPE_MISMATCH, other.location(), "What + joins to a String",
                                "a String, a number, a Boolean, a DateTime or an enum value", Types.describe(otherType)
                                        + (otherType instanceof ClassType c && c.declaration().kind().isResource()
                                                ? path(other).map(p -> "; join its identifier, " + p + ".getIdentifier()")
                                                        .orElse("") : ""));
                    }
                    return LType.STRING;
                }
                return arithmetic(binary, left, right);
            }
            default -> {
                return arithmetic(binary, left, right);
            }
        }
    }

    /** Whether a field read in a condition is of an optional field, which JavaScript tested by its truth. */
    private boolean isOptionalField(Expr expression) {
        return expression instanceof Expr.FieldAccess access && typed.type(access.receiver()) instanceof ClassType owner
                && network.property(owner.declaration(), access.field()).map(Property::optional).orElse(false);
    }

    /**
     * Composer's {@code tx.orderStatus == "VIN_ASSIGNED"}: in a condition, a String literal naming a value
     * of the enum it is compared with stands for that value.
     */
    private boolean enumName(Expr literal, LType other) {
        if (literal instanceof Expr.StringLiteral string && other instanceof EnumType e
                && e.declaration().hasValue(string.value())) {
            typed.enumNames.put(string, new TypedLogic.Binding.EnumValue(e, string.value()));
            return true;
        }
        return false;
    }

    private LType arithmetic(Expr.Binary binary, LType left, LType right) {
        if ((left.isNumeric() || left.isUnknown()) && (right.isNumeric() || right.isUnknown())) {
            return Types.numeric(left, right);
        }
        Expr culprit = left.isNumeric() || left.isUnknown() ? binary.right() : binary.left();
        LType culpritType = culprit == binary.left() ? left : right;
        diagnostics.report(Code.LOGIC_TYPE_MISMATCH, culprit.location(), "An operand of " + binary.operator().symbol(),
                binary.operator() == BinaryOperator.ADD ? "a number or a String" : "a number",
                Types.describe(culpritType) + (culpritType.equals(LType.DATE_TIME)
                        ? "; move a DateTime with its methods, e.g. plusDays(n) or minusHours(n)" : ""));
        return LType.UNKNOWN;
    }

    /**
     * {@code not x in list} reads {@code (not x) in list}: not applies first. When x is no Boolean
     * that is surely not what was meant; says so, once, and true.
     */
    private boolean misplacedNot(Expr left, String operator, Scope scope) {
        if (!(left instanceof Expr.Unary unary) || unary.operator() != UnaryOperator.NOT) {
            return false;
        }
        LType operand = expression(unary.operand(), scope, null);
        if (operand.isUnknown() || operand.equals(LType.BOOLEAN)) {
            return false;
        }
        diagnostics.report(Code.LOGIC_NOT_BOOLEAN, unary.operand().location(), "The operand of not", Types.describe(operand)
                + "; not applies before " + operator + ", so write not (… " + operator + " …)");
        typed.types.put(left, LType.BOOLEAN);
        return true;
    }

    private LType typeTest(Expr.TypeTest test, Scope scope) {
        if (misplacedNot(test.operand(), "is", scope)) {
            declaration(test.type());
            return LType.BOOLEAN;
        }
        LType operand = expression(test.operand(), scope, null);
        Optional<Declaration> resolved = declaration(test.type());
        if (resolved.isPresent() && !operand.isUnknown()) {
            Declaration tested = resolved.get();
            boolean related = operand instanceof ClassType from && tested instanceof ClassDeclaration to
                    && (network.isSubtypeOf(to, from.declaration().qualifiedName())
                            || network.isSubtypeOf(from.declaration(), to.qualifiedName()));
            if (!related) {
                diagnostics.report(Code.LOGIC_IMPOSSIBLE_TYPE_TEST, test.location(),
                        path(test.operand()).orElse("the value"), Types.describe(operand), tested.name());
            }
        }
        return LType.BOOLEAN;
    }

    /** The asset or participant type that {@code get T(id)} or {@code exists T(id)} looks up. */
    private LType storedType(TypeRef type, String construct) {
        Optional<Declaration> declaration = declaration(type);
        if (declaration.isEmpty()) {
            return LType.UNKNOWN;
        }
        LType resolved = LType.of(declaration.get());
        if (!Types.isStored(resolved)) {
            diagnostics.report(Code.LOGIC_PERSIST_NON_RESOURCE, type.location(), construct, type.displayName(),
                    Types.describe(resolved));
            return LType.UNKNOWN;
        }
        return resolved;
    }

    private LType creation(Expr.New creation, Scope scope) {
        TypeRef ref = creation.type();
        Optional<Declaration> resolved = declaration(ref);
        if (resolved.isEmpty()) {
            creation.identifier().ifPresent(id -> expression(id, scope, null));
            creation.fields().forEach(f -> expression(f.value(), scope, null));
            return LType.UNKNOWN;
        }
        Declaration declaration = resolved.get();
        if (!(declaration instanceof ClassDeclaration type) || !(type.kind() == DeclarationKind.ASSET
                || type.kind() == DeclarationKind.PARTICIPANT || type.kind() == DeclarationKind.CONCEPT)) {
            diagnostics.report(Code.LOGIC_TYPE_MISMATCH, ref.location(), "The type after new",
                    "an asset, a participant or a concept", Types.describe(LType.of(declaration)));
            creation.identifier().ifPresent(id -> expression(id, scope, null));
            creation.fields().forEach(f -> expression(f.value(), scope, null));
            return LType.UNKNOWN;
        }
        if (type.isAbstract()) {
            diagnostics.report(Code.LOGIC_ABSTRACT_NEW, ref.location(), type.name());
        }
        initializers(type, creation.fields(), creation.identifier(), ref.location(), "new", scope);
        return new ClassType(type);
    }

    /** The fields of {@code new T(id) {…}} or {@code emit E {…}}: known, well typed, and every required one given. */
    private void initializers(ClassDeclaration type, List<FieldInitializer> fields, Optional<Expr> identifier,
            SourceLocation where, String construct, Scope scope) {
        Optional<String> idField = network.identifyingDeclaration(type).filter(d -> !d.system())
                .map(d -> d.identifiedBy().orElseThrow().field());
        if (identifier.isPresent()) {
            LType id = expression(identifier.get(), scope, LType.STRING);
            if (idField.isEmpty()) {
                diagnostics.report(Code.LOGIC_IDENTIFIER_USE, identifier.get().location(), Types.describe(new ClassType(type))
                        + " has no identifier: write " + construct + " " + type.name() + " { … }");
            } else {
                expectAssignable(identifier.get(), id, LType.STRING, "The identifier");
            }
        } else if (idField.isPresent() && construct.equals("new")
                && fields.stream().noneMatch(f -> f.name().equals(idField.get()))) { // else reported at the field
            diagnostics.report(Code.LOGIC_IDENTIFIER_USE, where, "new " + type.name() + " needs its identifier "
                    + idField.get() + ": write new " + type.name() + "(id) { … }");
        }
        Set<String> given = new LinkedHashSet<>();
        List<Property> properties = network.allProperties(type);
        List<String> settable = properties.stream().map(Property::name).filter(p -> !isSystemField(type, p)).toList();
        for (FieldInitializer field : fields) {
            Optional<Property> property = properties.stream().filter(p -> p.name().equals(field.name())).findFirst();
            if (property.isEmpty() || isSystemField(type, field.name())) {
                expression(field.value(), scope, null);
                diagnostics.report(Code.LOGIC_UNKNOWN_INITIALIZED_FIELD, field.nameLocation(), Types.describe(new ClassType(type)),
                        field.name(), property.isPresent() ? " that logic sets: the runtime sets it"
                                : Suggestions.didYouMean(field.name(), settable));
                continue;
            }
            if (idField.isPresent() && idField.get().equals(field.name())) {
                diagnostics.report(Code.LOGIC_IDENTIFIER_USE, field.nameLocation(), field.name() + " identifies the "
                        + type.name() + ": give it in parentheses, new " + type.name() + "(id) { … }");
            }
            if (!given.add(field.name())) {
                diagnostics.report(Code.LOGIC_DUPLICATE_ARGUMENT, field.nameLocation(), "Field " + field.name() + " of " + type.name());
            }
            LType expected = types.of(property.get());
            LType value = expression(field.value(), scope, expected);
            expectAssignable(field.value(), value, expected, "Field " + field.name() + " of " + type.name());
        }
        List<String> missing = properties.stream()
                .filter(p -> !p.optional() && !given.contains(p.name()))
                .filter(p -> !(p instanceof Property.Field f && f.defaultValue().isPresent()))
                .filter(p -> !idField.map(p.name()::equals).orElse(false) && !isSystemField(type, p.name()))
                .map(Property::name).toList();
        if (!missing.isEmpty()) {
            diagnostics.report(Code.LOGIC_MISSING_FIELD, where, construct, type.name(),
                    (missing.size() == 1 ? "required field " : "required fields ") + String.join(", ", missing));
        }
    }

    /** transactionId, timestamp, eventId: set by the runtime, never by logic. */
    private boolean isSystemField(ClassDeclaration type, String field) {
        return network.ancestors(type).stream().anyMatch(a -> a.system() && a.property(field).isPresent());
    }

    private LType query(Expr.QueryCall call, Scope scope) {
        Optional<Query> query = network.queries().stream().flatMap(f -> f.queries().stream())
                .filter(q -> q.name().equals(call.query())).findFirst();
        if (query.isEmpty()) {
            call.arguments().forEach(a -> expression(a.value(), scope, null));
            diagnostics.report(Code.LOGIC_UNKNOWN_QUERY, call.queryLocation(), "No query named " + call.query()
                    + " in queries.qry" + Suggestions.didYouMean(call.query(), network.queries().stream()
                            .flatMap(f -> f.queries().stream()).map(Query::name).toList()));
            return LType.UNKNOWN;
        }
        Map<String, QueryParameters.Expectation> parameters = QueryParameters.of(query.get(), network, types);
        Set<String> given = new HashSet<>();
        for (FieldInitializer argument : call.arguments()) {
            QueryParameters.Expectation expected = parameters.get(argument.name());
            LType value = expression(argument.value(), scope, expected == null ? null : expected.type());
            if (expected == null) {
                diagnostics.report(Code.LOGIC_UNKNOWN_QUERY, argument.nameLocation(), "Query " + call.query()
                        + " has no parameter " + argument.name()
                        + Suggestions.didYouMean(argument.name(), parameters.keySet()));
            } else if (!expected.accepts(value, types)) {
                diagnostics.report(Code.LOGIC_TYPE_MISMATCH, argument.value().location(), "Argument " + argument.name()
                        + " of query " + call.query(), Types.describe(expected.type())
                                + (expected.relationship() ? " or its identifier" : ""), Types.describe(value)
                                + literalHint(argument.value(), expected.type()));
            }
            if (!given.add(argument.name())) {
                diagnostics.report(Code.LOGIC_DUPLICATE_ARGUMENT, argument.nameLocation(), "Argument " + argument.name()
                        + " of query " + call.query());
            }
        }
        for (String parameter : parameters.keySet()) {
            if (!given.contains(parameter)) {
                diagnostics.report(Code.LOGIC_UNKNOWN_QUERY, call.location(), "Query " + call.query()
                        + " needs parameter " + parameter + ": write query " + call.query() + "(" + parameter + ": …)");
            }
        }
        TypeRef selected = query.get().select().type();
        return new ListType(selected instanceof TypeRef.DeclaredRef d
                ? network.type(d.qualifiedName()).map(LType::of).orElse(LType.UNKNOWN) : LType.UNKNOWN);
    }

    private LType call(Expr.FunctionCall call, Scope scope) {
        List<LogicFunction> candidates = functions.getOrDefault(call.function(), List.of());
        if (candidates.isEmpty()) {
            call.arguments().forEach(a -> expression(a, scope, null));
            diagnostics.report(Code.LOGIC_UNKNOWN_FUNCTION, call.functionLocation(), call.function(),
                    Suggestions.didYouMean(call.function(), functions.keySet()));
            return LType.UNKNOWN;
        }
        LogicFunction function = candidates.get(0);
        typed.calls.put(call, function);
        if (current != null) {
            callGraph.computeIfAbsent(current, c -> new LinkedHashSet<>()).add(function);
        }
        List<Parameter> parameters = function.parameters();
        if (parameters.size() != call.arguments().size()) {
            call.arguments().forEach(a -> expression(a, scope, null));
            diagnostics.report(Code.LOGIC_ARGUMENT_COUNT, call.functionLocation(), function.name(), parameters.size(),
                    call.arguments().size());
        } else {
            for (int i = 0; i < parameters.size(); i++) {
                LType expected = types.of(parameters.get(i).type());
                LType actual = expression(call.arguments().get(i), scope, expected);
                expectAssignable(call.arguments().get(i), actual, expected,
                        "Argument " + parameters.get(i).name() + " of " + function.name());
            }
        }
        return function.returnType().map(types::of).orElse(LType.VOID);
    }
}
