package dev.charter.compiler.check.acl;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.check.Suggestions;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.TypeRef;
import dev.charter.compiler.model.acl.AclRule;
import dev.charter.compiler.model.acl.AclTarget;
import dev.charter.compiler.model.expr.Expr;
import java.util.List;
import java.util.Optional;

@CheckInfo(summary = "Rule targets, and types named in conditions, that name no declared namespace or type.",
        reports = {Code.ACL_UNKNOWN_NAMESPACE, Code.ACL_UNKNOWN_TYPE})
public final class UnresolvedTargetCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        network.acl().ifPresent(acl -> {
            for (AclRule rule : acl.rules()) {
                for (Clause clause : Clause.of(rule)) {
                    checkTarget(network, rule, clause, diagnostics);
                }
                rule.condition().ifPresent(condition -> condition.walk()
                        .forEach(e -> checkConditionType(network, rule, e, diagnostics)));
            }
        });
    }

    private static void checkTarget(Network network, AclRule rule, Clause clause, Diagnostics diagnostics) {
        AclTarget target = clause.binding().target();
        if (target instanceof AclTarget.Namespace namespace && !exists(network, namespace)) {
            diagnostics.report(Code.ACL_UNKNOWN_NAMESPACE, target.location(), rule.name(), clause.keyword(),
                    clause.quotedTarget(), namespace.namespace(),
                    Suggestions.didYouMean(namespace.namespace(), network.namespaces()));
        } else if (target instanceof AclTarget.Type type && network.type(type.qualifiedName()).isEmpty()) {
            // "org.example" meant as "org.example.*" is the likeliest reason a type is not found.
            Optional<String> namespaceHint = network.hasNamespace(type.qualifiedName())
                    ? Optional.of(". " + type.qualifiedName() + " is a namespace: write \"" + type.qualifiedName()
                            + ".*\" for its types")
                    : Optional.empty();
            if (!network.hasNamespace(type.namespace())) {
                diagnostics.report(Code.ACL_UNKNOWN_NAMESPACE, target.location(), rule.name(), clause.keyword(),
                        clause.quotedTarget(), type.namespace(),
                        namespaceHint.orElseGet(() -> Suggestions.didYouMean(type.namespace(), network.namespaces())));
            } else {
                List<String> names = network.typesIn(type.namespace()).stream().map(Declaration::name).toList();
                diagnostics.report(Code.ACL_UNKNOWN_TYPE, target.location(), rule.name(), clause.keyword(),
                        clause.quotedTarget(), type.simpleName(), " in " + type.namespace()
                                + namespaceHint.orElseGet(() -> Suggestions.didYouMean(type.simpleName(), names)));
            }
        }
    }

    private static boolean exists(Network network, AclTarget.Namespace target) {
        return network.namespaces().stream().anyMatch(ns -> ns.equals(target.namespace())
                || target.recursive() && ns.startsWith(target.namespace() + "."));
    }

    private static void checkConditionType(Network network, AclRule rule, Expr expression, Diagnostics diagnostics) {
        namedType(expression).ifPresent(named -> written(named.type()).ifPresent(written ->
                diagnostics.report(Code.ACL_UNKNOWN_TYPE, named.type().location(), rule.name(), "condition",
                        "'" + named.keyword() + " " + written + "'", written, suggestion(network, written))));
    }

    /** A type a condition names, with the keyword that names it. */
    private record NamedType(String keyword, TypeRef type) {
    }

    private static Optional<NamedType> namedType(Expr expression) {
        if (expression instanceof Expr.TypeTest test) {
            return Optional.of(new NamedType("is", test.type()));
        }
        if (expression instanceof Expr.New creation) {
            return Optional.of(new NamedType("new", creation.type()));
        }
        if (expression instanceof Expr.Get get) {
            return Optional.of(new NamedType("get", get.type()));
        }
        if (expression instanceof Expr.Exists exists) {
            return Optional.of(new NamedType("exists", exists.type()));
        }
        return Optional.empty();
    }

    /** The name of an unresolved type as written; empty for resolved types and for syntax errors. */
    private static Optional<String> written(TypeRef type) {
        return type instanceof TypeRef.UnresolvedRef ref && !ref.written().isEmpty()
                ? Optional.of(ref.written()) : Optional.empty();
    }

    /** An access rule file has no namespace, so a type in a condition is named in full: suggest the full name. */
    private static String suggestion(Network network, String written) {
        String simple = written.substring(written.lastIndexOf('.') + 1);
        List<String> sameName = network.types().values().stream().filter(d -> d.name().equals(simple))
                .map(Declaration::qualifiedName).toList();
        if (sameName.size() == 1) {
            return ". Did you mean '" + sameName.get(0) + "'?";
        }
        return Suggestions.didYouMean(written, network.types().keySet());
    }
}
