package dev.charter.compiler.check.acl;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.check.Suggestions;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.acl.AclRule;
import dev.charter.compiler.model.expr.Expr;
import dev.charter.compiler.model.expr.Variable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@CheckInfo(summary = "A condition that uses a name the rule does not bind with participant(v), resource(v) or transaction(v).",
        reports = Code.ACL_UNBOUND_VARIABLE)
public final class UnboundVariableCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        network.acl().ifPresent(acl -> {
            Set<String> enumValues = enumValues(network);
            for (AclRule rule : acl.rules()) {
                if (rule.condition().isEmpty()) {
                    continue;
                }
                List<String> bound = rule.variables().stream().map(Variable::name).toList();
                Set<String> reported = new HashSet<>();
                rule.condition().get().walk()
                        .filter(Expr.Name.class::isInstance)
                        .map(Expr.Name.class::cast)
                        // Charter conditions may name an enum value bare, as logic does: r.status == CLOSED.
                        .filter(name -> !bound.contains(name.name()) && !enumValues.contains(name.name()))
                        .filter(name -> reported.add(name.name()))
                        .forEach(name -> diagnostics.report(Code.ACL_UNBOUND_VARIABLE, name.location(), rule.name(),
                                name.name(), hint(rule, name.name(), bound)));
            }
        });
    }

    /** Bind it where the rule still can; when every clause has its variable, the name is likely a typo. */
    private static String hint(AclRule rule, String name, List<String> bound) {
        List<String> free = new ArrayList<>();
        if (rule.participant().variable().isEmpty()) {
            free.add("participant(" + name + ")");
        }
        if (rule.resource().variable().isEmpty()) {
            free.add("resource(" + name + ")");
        }
        rule.transaction().filter(t -> t.variable().isEmpty()).ifPresent(t -> free.add("transaction(" + name + ")"));
        if (free.isEmpty()) {
            return Suggestions.didYouMean(name, bound);
        }
        return "; bind it with " + String.join(" or ", free);
    }

    private static Set<String> enumValues(Network network) {
        Set<String> values = new HashSet<>();
        for (Declaration declaration : network.types().values()) {
            if (declaration instanceof Declaration.EnumDeclaration enumeration) {
                enumeration.values().forEach(v -> values.add(v.name()));
            }
        }
        return values;
    }
}
