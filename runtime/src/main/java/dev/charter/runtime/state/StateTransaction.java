package dev.charter.runtime.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The state as one transaction sees it: its own writes laid over a {@link StateStore}. Reads see the
 * transaction's earlier writes (deletions and scans included); nothing reaches the store until
 * {@link #commit}, which applies every write atomically, tagged with the transaction's id, or never
 * if the transaction is {@link #discard discarded}.
 *
 * <p>Not thread-safe: a transaction runs on one thread.
 */
public final class StateTransaction {

    /** Marks a pending deletion; compared by identity, so an empty value is still a value. */
    private static final byte[] DELETED = new byte[0];

    private final StateStore base;
    /** The writes by key, for reads; a block's transactions read their predecessors' writes here. */
    private final Map<String, byte[]> writes = new HashMap<>();
    /** The same writes in key order, made when first needed (a scan, the commit): keeping it costs every write comparisons. */
    private TreeMap<String, byte[]> sorted;
    private boolean open = true;

    public StateTransaction(StateStore base) {
        this.base = base;
    }

    /** The value of a key: this transaction's latest write, else the store's. */
    public Optional<byte[]> get(String key) {
        checkOpen();
        byte[] written = writes.get(key);
        if (written == null) {
            return base.get(key);
        }
        return written == DELETED ? Optional.empty() : Optional.of(written);
    }

    public boolean exists(String key) {
        return get(key).isPresent();
    }

    /** Sets a key's value; the array must not be modified afterwards. */
    public void put(String key, byte[] value) {
        checkOpen();
        write(key, java.util.Objects.requireNonNull(value, "value"));
    }

    public void delete(String key) {
        checkOpen();
        write(key, DELETED);
    }

    private void write(String key, byte[] value) {
        writes.put(key, value);
        if (sorted != null) {
            sorted.put(key, value);
        }
    }

    private TreeMap<String, byte[]> sorted() {
        if (sorted == null) {
            sorted = new TreeMap<>(KeyOrder.UTF8);
            sorted.putAll(writes);
        }
        return sorted;
    }

    /** The store's entries under {@code prefix} with this transaction's writes applied, in key order. */
    public List<StateEntry> scan(String prefix) {
        checkOpen();
        List<StateEntry> stored = base.scan(prefix);
        if (writes.isEmpty()) {
            return stored;
        }
        Map<String, byte[]> pending = sorted().tailMap(prefix, true);
        if (pending.isEmpty() || !pending.keySet().iterator().next().startsWith(prefix)) {
            return stored;
        }
        List<StateEntry> merged = new ArrayList<>(stored.size() + 4);
        int i = 0;
        for (Map.Entry<String, byte[]> write : pending.entrySet()) {
            if (!write.getKey().startsWith(prefix)) {
                break;
            }
            while (i < stored.size() && KeyOrder.compare(stored.get(i).key(), write.getKey()) < 0) {
                merged.add(stored.get(i++));
            }
            if (i < stored.size() && stored.get(i).key().equals(write.getKey())) {
                i++;
            }
            if (write.getValue() != DELETED) {
                merged.add(new StateEntry(write.getKey(), write.getValue()));
            }
        }
        while (i < stored.size()) {
            merged.add(stored.get(i++));
        }
        return merged;
    }

    /** True when the transaction has written (or deleted) anything. */
    public boolean hasWrites() {
        return !writes.isEmpty();
    }

    /** Applies every write to the store in one atomic commit; the transaction is then closed. */
    public void commit(String transactionId) {
        checkOpen();
        open = false;
        List<StateWrite> batch = new ArrayList<>(writes.size());
        for (Map.Entry<String, byte[]> write : sorted().entrySet()) {
            batch.add(write.getValue() == DELETED ? StateWrite.delete(write.getKey())
                    : StateWrite.put(write.getKey(), write.getValue()));
        }
        clear();
        if (!batch.isEmpty()) {
            base.commit(transactionId, batch);
        }
    }

    /** Drops every write; the transaction is then closed. */
    public void discard() {
        open = false;
        clear();
    }

    private void clear() {
        writes.clear();
        sorted = null;
    }

    private void checkOpen() {
        if (!open) {
            throw new IllegalStateException("The state transaction has already been committed or discarded");
        }
    }
}
