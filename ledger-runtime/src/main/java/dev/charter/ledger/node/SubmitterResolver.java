package dev.charter.ledger.node;

import dev.charter.runtime.context.Submitter;
import dev.charter.runtime.state.StateStore;
import java.util.Objects;

/**
 * Who a transaction's signer is to the network: maps the identity id of a {@link
 * dev.charter.ledger.tx.SignedTransaction} to the participant it is bound to, or refuses it (unknown,
 * revoked). The network's identity registry implements it.
 *
 * <p>Called while a block executes, for each transaction in block order, so it must be deterministic —
 * the same answer on every node for the same chain — and thread-safe. It may read the state (an
 * identity registry kept there) as the transaction sees it: after the block's earlier transactions.
 */
@FunctionalInterface
public interface SubmitterResolver {

    /** @param state the state before the transaction; only read */
    Resolution resolve(String identityId, StateStore state);

    /** A submitter, or the reason the transaction is refused. */
    record Resolution(Submitter submitter, String refusal) {

        public Resolution {
            if ((submitter == null) == (refusal == null)) {
                throw new IllegalArgumentException("A resolution is either a submitter or a refusal");
            }
        }

        public static Resolution of(Submitter submitter) {
            return new Resolution(Objects.requireNonNull(submitter, "submitter"), null);
        }

        public static Resolution refused(String reason) {
            return new Resolution(null, Objects.requireNonNull(reason, "reason"));
        }
    }

    /** Every identity acts as the network administrator: for development networks without identities. */
    SubmitterResolver EVERYONE_ADMIN = (identityId, state) -> Resolution.of(Submitter.admin(identityId));
}
