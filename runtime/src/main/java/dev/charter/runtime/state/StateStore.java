package dev.charter.runtime.state;

import java.util.List;
import java.util.Optional;

/**
 * The world state a network's transactions read and write: byte values under string keys, with
 * every key's history. Ledgers plug in their own store (a state database, a Fabric shim); the runtime
 * only talks to this interface.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Thread-safety.</b> Implementations must be thread-safe: any number of threads may read
 *       while one commits.</li>
 *   <li><b>Atomic commits.</b> {@link #commit} applies all of its writes or none, and readers see all
 *       of them or none: a {@link #get} or {@link #scan} never observes half a commit.</li>
 *   <li><b>Key order.</b> {@link #scan} returns entries ordered by key, bytewise on the keys' UTF-8
 *       encoding ({@link KeyOrder#UTF8}), the same on every implementation and node.</li>
 *   <li><b>History.</b> Every commit that writes a key appends one {@link StateVersion} to that key's
 *       history, tagged with the committing transaction's id; histories are in commit order.
 *       Deleting a key that has no value changes nothing and records nothing. Records
 *       ({@link StateKeys#isRecord}: a transaction and its historian record) are written once and never
 *       changed, so they have no history: their value is all there is.</li>
 *   <li><b>Failures.</b> A store that cannot read or write throws {@link StateStoreException}, never
 *       another exception: the executor lets it through rather than failing the transaction.</li>
 *   <li><b>Ownership of arrays.</b> A store may keep the arrays it is given and hand out the arrays it
 *       keeps, without copying (this is on every transaction's path): callers must not modify an array
 *       after passing it in or after receiving it.</li>
 * </ul>
 * Isolation between concurrent transactions is the ledger's business: it executes transactions one
 * after another in block order, each in its own {@link StateTransaction}.
 */
public interface StateStore {

    /** The current value of a key. */
    Optional<byte[]> get(String key);

    /** Every key starting with {@code prefix} and its current value, in {@link KeyOrder#UTF8} order. */
    List<StateEntry> scan(String prefix);

    /** Every version of a key, oldest first; empty when the key was never written. */
    List<StateVersion> history(String key);

    /**
     * Applies the writes of one transaction atomically.
     *
     * @throws IllegalArgumentException when two writes name the same key (nothing is applied)
     */
    void commit(String transactionId, List<StateWrite> writes);

    /** Commits a single put. */
    default void put(String transactionId, String key, byte[] value) {
        commit(transactionId, List.of(StateWrite.put(key, value)));
    }

    /** Commits a single deletion. */
    default void delete(String transactionId, String key) {
        commit(transactionId, List.of(StateWrite.delete(key)));
    }
}
