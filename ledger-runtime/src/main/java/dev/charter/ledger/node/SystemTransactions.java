package dev.charter.ledger.node;

import dev.charter.ledger.block.Outcome;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.runtime.context.Submitter;
import dev.charter.runtime.state.StateStore;

/**
 * Transactions a node executes itself rather than the network's contract: Composer's system
 * transactions (deploying the administrator, binding and revoking identities, adding resources).
 *
 * <p>Like the contract, an implementation must be deterministic and thread-safe: it sees the block's
 * state so far and commits its writes to it under the transaction's id.
 */
public interface SystemTransactions {

    /** None: every transaction goes to the contract. */
    SystemTransactions NONE = new SystemTransactions() {
        @Override
        public boolean handles(SignedTransaction transaction) {
            return false;
        }

        @Override
        public Outcome execute(SignedTransaction transaction, Submitter submitter, StateStore state) {
            throw new IllegalStateException("No system transactions");
        }
    };

    /** {@code first}'s transactions, then {@code second}'s: the first that handles a transaction executes it. */
    static SystemTransactions first(SystemTransactions first, SystemTransactions second) {
        return new SystemTransactions() {
            @Override
            public boolean handles(SignedTransaction transaction) {
                return first.handles(transaction) || second.handles(transaction);
            }

            @Override
            public Outcome execute(SignedTransaction transaction, Submitter submitter, StateStore state) {
                return (first.handles(transaction) ? first : second).execute(transaction, submitter, state);
            }
        };
    }

    /** Whether {@code transaction} is one of these: then {@link #execute} runs it instead of the contract. */
    boolean handles(SignedTransaction transaction);

    /**
     * Executes the transaction as {@code submitter} on {@code state}, committing its writes there under its
     * id when it succeeds.
     *
     * @return committed, or refused with the reason (and nothing written)
     */
    Outcome execute(SignedTransaction transaction, Submitter submitter, StateStore state);
}
