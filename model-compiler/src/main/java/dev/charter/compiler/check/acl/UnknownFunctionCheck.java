package dev.charter.compiler.check.acl;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.acl.AclRule;
import dev.charter.compiler.model.expr.Expr;
import dev.charter.compiler.model.logic.LogicFunction;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A warning, not an error: Composer networks call JavaScript functions of their lib/ folder from
 * conditions, and such a network should still load while its logic is being ported.
 */
@CheckInfo(summary = "A condition that calls a function no .logic file declares.", reports = Code.ACL_UNKNOWN_FUNCTION)
public final class UnknownFunctionCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        network.acl().ifPresent(acl -> {
            Set<String> declared = network.functions().stream().map(LogicFunction::name).collect(Collectors.toSet());
            for (AclRule rule : acl.rules()) {
                Set<String> reported = new HashSet<>();
                rule.condition().ifPresent(condition -> condition.walk()
                        .filter(Expr.FunctionCall.class::isInstance)
                        .map(Expr.FunctionCall.class::cast)
                        .filter(call -> !declared.contains(call.function()) && reported.add(call.function()))
                        .forEach(call -> diagnostics.report(Code.ACL_UNKNOWN_FUNCTION, call.functionLocation(),
                                rule.name(), call.function())));
            }
        });
    }
}
