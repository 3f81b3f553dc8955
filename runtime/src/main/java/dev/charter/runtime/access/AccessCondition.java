package dev.charter.runtime.access;

import dev.charter.runtime.context.TransactionContext;
import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.Resource;
import dev.charter.runtime.resource.Transaction;

/**
 * The compiled condition of an access rule, generated from {@code permissions.acl} as one small static
 * method. It sees the participant, the resource and the transaction the rule binds, and a context whose
 * reads (relationships it follows, functions it calls) are not themselves access-checked: deciding
 * about a resource is not showing it to the participant. Must be deterministic and read only.
 */
@FunctionalInterface
public interface AccessCondition {

    /**
     * @param context the context for the rules' own reads: the running transaction's, or a read-only one
     *     for checks outside transactions (queries and reads by clients). Null only when the subject is
     *     not a {@link TransactionContext}, and then a condition that follows a relationship cannot run.
     * @param participant the participant asking (the network administrator is a {@code NetworkAdmin})
     * @param resource the resource the operation is about
     * @param transaction the transaction being executed, or null outside a transaction
     */
    boolean test(TransactionContext context, Participant participant, Resource resource, Transaction transaction);
}
