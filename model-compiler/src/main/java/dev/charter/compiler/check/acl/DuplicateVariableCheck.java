package dev.charter.compiler.check.acl;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.acl.AclRule;
import dev.charter.compiler.model.expr.Variable;
import java.util.HashSet;
import java.util.Set;

@CheckInfo(summary = "A rule that binds one variable name in two of its clauses.", reports = Code.ACL_DUPLICATE_VARIABLE)
public final class DuplicateVariableCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        network.acl().ifPresent(acl -> {
            for (AclRule rule : acl.rules()) {
                Set<String> seen = new HashSet<>();
                for (Variable variable : rule.variables()) {
                    if (!seen.add(variable.name())) {
                        diagnostics.report(Code.ACL_DUPLICATE_VARIABLE, variable.location(), rule.name(), variable.name());
                    }
                }
            }
        });
    }
}
