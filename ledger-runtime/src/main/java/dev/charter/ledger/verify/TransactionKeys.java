package dev.charter.ledger.verify;

import dev.charter.ledger.crypto.Verifier;
import dev.charter.runtime.state.StateStore;
import java.util.Optional;

/**
 * Where {@link ChainVerifier} finds the key that must have signed a transaction: the key of the
 * identity's certificate as the chain's state held it before the transaction's block. (An identity id is
 * the hash of its key, so every certificate the identity ever had holds the same key; the state says
 * whether the identity existed then.) Must be thread-safe.
 */
@FunctionalInterface
public interface TransactionKeys {

    /** @return the key of {@code identityId} in {@code state}, or empty when the state knows no such identity */
    Optional<Verifier> key(String identityId, StateStore state);
}
