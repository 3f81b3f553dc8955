package dev.charter.runtime.access;

import dev.charter.runtime.NetworkException;
import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.Resource;

/**
 * An operation the access rules do not allow, in Composer's words:
 * {@code Participant 'org.acme.Trader#T1' does not have 'UPDATE' access to resource 'org.acme.Commodity#ABC'}.
 */
public class AccessDeniedException extends NetworkException {

    private static final long serialVersionUID = 1L;

    private final AccessOperation operation;

    public AccessDeniedException(AccessOperation operation, Participant participant, Resource resource) {
        super((participant == null ? "The network administrator" : "Participant '" + participant + "'")
                + " does not have '" + operation + "' access to resource '" + resource + "'");
        this.operation = operation;
    }

    public AccessOperation operation() {
        return operation;
    }
}
