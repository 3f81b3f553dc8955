package dev.charter.compiler.check.acl;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.logic.LogicTypeChecker;
import dev.charter.compiler.model.Network;

/**
 * Conditions are compiled to Java, so they are typed like logic: each variable has the type its clause
 * binds it to, and comparing a Bank with a String is an error here rather than a surprise at run time.
 */
@CheckInfo(summary = "Type errors in access rule conditions, variables used in a condition that are bound to more"
        + " than one type, and conditions calling functions that write.",
        reports = {Code.ACL_CONDITION_TYPE, Code.ACL_CONDITION_UNTYPED_VARIABLE, Code.ACL_CONDITION_WRITES})
public final class ConditionTypeCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        new LogicTypeChecker(network, diagnostics).checkConditions();
    }
}
