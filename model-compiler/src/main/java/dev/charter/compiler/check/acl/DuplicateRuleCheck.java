package dev.charter.compiler.check.acl;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.acl.AclRule;
import java.util.HashSet;
import java.util.Set;

@CheckInfo(summary = "Two access rules with the same name.", reports = Code.DUPLICATE_RULE)
public final class DuplicateRuleCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        network.acl().ifPresent(acl -> {
            Set<String> seen = new HashSet<>();
            for (AclRule rule : acl.rules()) {
                if (!seen.add(rule.name())) {
                    diagnostics.report(Code.DUPLICATE_RULE, rule.location(), rule.name());
                }
            }
        });
    }
}
