package dev.charter.compiler.model.acl;

import dev.charter.compiler.diagnostic.SourceLocation;
import dev.charter.compiler.model.expr.Expr;
import dev.charter.compiler.model.expr.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An access control rule: when {@code participant} performs one of {@code operations} on
 * {@code resource} (within {@code transaction}, if given) and {@code condition} holds, the rule
 * decides {@code action}.
 *
 * @param location where the rule's name is written
 */
public record AclRule(String name, SourceLocation location, String description, AclBinding participant,
        List<OperationUse> operations, AclBinding resource, Optional<AclBinding> transaction,
        Optional<Expr> condition, Action action) {

    public AclRule {
        operations = List.copyOf(operations);
    }

    /** The variables the rule binds, in the order written: participant, resource, transaction. */
    public List<Variable> variables() {
        List<Variable> variables = new ArrayList<>();
        participant.variable().ifPresent(variables::add);
        resource.variable().ifPresent(variables::add);
        transaction.flatMap(AclBinding::variable).ifPresent(variables::add);
        return variables;
    }

    /** One operation as listed after {@code operation:}. */
    public record OperationUse(Operation operation, SourceLocation location) {
    }
}
