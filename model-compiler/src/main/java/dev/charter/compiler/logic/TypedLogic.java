package dev.charter.compiler.logic;

import dev.charter.compiler.model.Declaration.ClassDeclaration;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.Property;
import dev.charter.compiler.model.expr.Expr;
import dev.charter.compiler.model.expr.Variable;
import dev.charter.compiler.model.logic.Handler;
import dev.charter.compiler.model.logic.LogicFunction;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the type checker learned about a network's logic, for the code generator: the type of
 * every expression, which values are still relationships (resolved only when a field is read),
 * what each name and call refers to, and where a type test narrowed a type.
 */
public final class TypedLogic {

    /** A name in logic: a variable or parameter, or an enum value. */
    public sealed interface Binding {
        record Local(Variable variable) implements Binding {
        }

        record EnumValue(LType.EnumType type, String value) implements Binding {
        }
    }

    private final Network network;
    private final Types typeRules;
    final Map<Expr, LType> types = new IdentityHashMap<>();
    final Map<Expr, LType> narrowedFrom = new IdentityHashMap<>();
    final Map<Expr, Boolean> references = new IdentityHashMap<>();
    final Map<Expr.Name, Binding> names = new IdentityHashMap<>();
    final Map<Expr.FunctionCall, LogicFunction> calls = new IdentityHashMap<>();
    final Map<Variable, LType> variables = new IdentityHashMap<>();
    final Map<Variable, Boolean> referenceVariables = new IdentityHashMap<>();
    final Map<String, Handler> handlers = new LinkedHashMap<>();
    final Map<Handler, Optional<LType>> handlerReturns = new IdentityHashMap<>();
    final Set<Expr> presenceTests = Collections.newSetFromMap(new IdentityHashMap<>());
    final Map<Expr.StringLiteral, Binding.EnumValue> enumNames = new IdentityHashMap<>();

    TypedLogic(Network network) {
        this.network = network;
        this.typeRules = new Types(network);
    }

    public Network network() {
        return network;
    }

    /** The type of a field as logic sees it, and whether the model declares it as a relationship. */
    public record FieldType(LType type, boolean relationship) {
    }

    /** A field of a class, declared or inherited. */
    public FieldType fieldType(ClassDeclaration declaration, String field) {
        Property property = network.property(declaration, field).orElseThrow();
        return new FieldType(typeRules.of(property), property instanceof Property.Relationship);
    }

    /** The field that identifies instances of a class, declared or inherited. */
    public String identifierField(ClassDeclaration declaration) {
        return network.identifyingDeclaration(declaration).orElseThrow().identifiedBy().orElseThrow().field();
    }

    /** The static type of an expression (after narrowing). */
    public LType type(Expr expression) {
        return types.getOrDefault(expression, LType.UNKNOWN);
    }

    /** The declared type of an expression that a type test narrowed, so the generator casts. */
    public Optional<LType> narrowedFrom(Expr expression) {
        return Optional.ofNullable(narrowedFrom.get(expression));
    }

    /** True when the expression's value is a relationship (or a list of them), not a resolved object. */
    public boolean isReference(Expr expression) {
        return references.getOrDefault(expression, false);
    }

    public Binding binding(Expr.Name name) {
        return names.get(name);
    }

    /** True for an optional field that a condition tests by its truth, as JavaScript did: is it set? */
    public boolean isPresenceTest(Expr expression) {
        return presenceTests.contains(expression);
    }

    /** The enum value a String literal of a condition names, where it is compared with that enum. */
    public Optional<Binding.EnumValue> enumName(Expr.StringLiteral literal) {
        return Optional.ofNullable(enumNames.get(literal));
    }

    public LogicFunction function(Expr.FunctionCall call) {
        return calls.get(call);
    }

    public LType variableType(Variable variable) {
        return variables.getOrDefault(variable, LType.UNKNOWN);
    }

    /** True when a variable holds a relationship (e.g. the element of a relationship array). */
    public boolean isReferenceVariable(Variable variable) {
        return referenceVariables.getOrDefault(variable, false);
    }

    /** The handler of each transaction type that has one, by qualified name. */
    public Map<String, Handler> handlers() {
        return handlers;
    }

    /** The type a handler returns, for transactions declared {@code @returns(T)}. */
    public Optional<LType> returnType(Handler handler) {
        return handlerReturns.getOrDefault(handler, Optional.empty());
    }
}
