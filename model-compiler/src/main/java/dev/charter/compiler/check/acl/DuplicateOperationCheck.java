package dev.charter.compiler.check.acl;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.acl.AclRule;
import dev.charter.compiler.model.acl.AclRule.OperationUse;
import dev.charter.compiler.model.acl.Operation;
import java.util.EnumSet;
import java.util.Set;

/** Composer accepts ALL only on its own; beside it, any other operation is listed twice. */
@CheckInfo(summary = "An operation listed twice in one rule, or beside ALL, which includes it.",
        reports = Code.ACL_DUPLICATE_OPERATION)
public final class DuplicateOperationCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        network.acl().ifPresent(acl -> {
            for (AclRule rule : acl.rules()) {
                boolean all = rule.operations().stream().anyMatch(o -> o.operation() == Operation.ALL);
                Set<Operation> seen = EnumSet.noneOf(Operation.class);
                for (OperationUse use : rule.operations()) {
                    if (!seen.add(use.operation())) {
                        diagnostics.report(Code.ACL_DUPLICATE_OPERATION, use.location(), rule.name(), use.operation(), "");
                    } else if (all && use.operation() != Operation.ALL) {
                        diagnostics.report(Code.ACL_DUPLICATE_OPERATION, use.location(), rule.name(), use.operation(),
                                "; ALL already includes it");
                    }
                }
            }
        });
    }
}
