package dev.charter.runtime.contract;

import dev.charter.runtime.access.AccessRule;
import dev.charter.runtime.context.TransactionContext;
import dev.charter.runtime.resource.Transaction;
import java.util.List;
import java.util.Optional;

/**
 * A network's transaction logic, as the contract generator emits it: one handler per transaction
 * type, chosen by the transaction's exact {@code $class} (a handler for a super type does not handle
 * its subtypes). Implementations must be deterministic and thread-safe: no clocks, randomness or I/O,
 * no state outside the context.
 */
public interface Contract {

    /** True when the contract has a handler for exactly this transaction type. */
    boolean handles(String transactionType);

    /**
     * Runs the handler of the transaction's exact type.
     *
     * @return the value of a {@code @returns} transaction, else null
     * @throws LogicFailure when the logic rejects the transaction ({@code require}, {@code fail})
     */
    Object execute(TransactionContext context, Transaction transaction);

    /**
     * The network's access rules ({@code permissions.acl}) in file order, or empty when the network has
     * none, which allows everything. An empty list is a file without rules: everything is refused.
     */
    default Optional<List<AccessRule>> accessRules() {
        return Optional.empty();
    }
}
