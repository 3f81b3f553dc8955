package dev.charter.compiler.model.acl;

import dev.charter.compiler.model.expr.Variable;
import java.util.Optional;

/**
 * One of a rule's {@code participant}, {@code resource} or {@code transaction} clauses: what it
 * matches and, in {@code participant(p): "…"}, the variable the condition knows the match by.
 */
public record AclBinding(AclTarget target, Optional<Variable> variable) {
}
