package dev.charter.runtime.access;

import dev.charter.runtime.resource.Resource;

/**
 * Decides whether the current participant may create, read, update or delete a resource — the hook
 * compiled access rules ({@code permissions.acl}) plug into. Registries ask before every operation;
 * the executor asks CREATE for the transaction itself, as Composer did. Must be thread-safe and
 * deterministic (the same answer on every node).
 */
@FunctionalInterface
public interface AccessController {

    /** Allows everything: a network without {@code permissions.acl}. */
    AccessController ALLOW_ALL = (operation, subject, resource) -> true;

    boolean allows(AccessOperation operation, AccessSubject subject, Resource resource);

    /** @throws AccessDeniedException unless the operation is allowed */
    default void check(AccessOperation operation, AccessSubject subject, Resource resource) {
        if (!allows(operation, subject, resource)) {
            throw new AccessDeniedException(operation, subject.participant(), resource);
        }
    }

    default void checkCreate(AccessSubject subject, Resource resource) {
        check(AccessOperation.CREATE, subject, resource);
    }

    default void checkRead(AccessSubject subject, Resource resource) {
        check(AccessOperation.READ, subject, resource);
    }

    default void checkUpdate(AccessSubject subject, Resource resource) {
        check(AccessOperation.UPDATE, subject, resource);
    }

    default void checkDelete(AccessSubject subject, Resource resource) {
        check(AccessOperation.DELETE, subject, resource);
    }
}
