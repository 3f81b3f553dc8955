package dev.charter.compiler.check.acl;

import dev.charter.compiler.check.Check;
import java.util.List;

/** The checks of access rules (permissions.acl). */
public final class AclChecks {

    public static final List<Check> ALL = List.of(
            new DuplicateRuleCheck(),
            new MalformedTargetCheck(),
            new UnresolvedTargetCheck(),
            new ParticipantTargetCheck(),
            new TransactionTargetCheck(),
            new DuplicateOperationCheck(),
            new DuplicateVariableCheck(),
            new UnboundVariableCheck(),
            new UnknownFunctionCheck(),
            new ConditionTypeCheck());

    private AclChecks() {
    }
}
