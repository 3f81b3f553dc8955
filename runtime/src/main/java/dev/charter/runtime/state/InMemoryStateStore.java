package dev.charter.runtime.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A {@link StateStore} in memory, with full history: for tests, development networks and
 * benchmarks. One read-write lock makes commits atomic to readers.
 */
public final class InMemoryStateStore implements StateStore {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final TreeMap<String, byte[]> current = new TreeMap<>(KeyOrder.UTF8);
    private final Map<String, List<StateVersion>> history = new HashMap<>();

    @Override
    public Optional<byte[]> get(String key) {
        lock.readLock().lock();
        try {
            return Optional.ofNullable(current.get(key));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<StateEntry> scan(String prefix) {
        List<StateEntry> entries = new ArrayList<>();
        lock.readLock().lock();
        try {
            for (Map.Entry<String, byte[]> entry : current.tailMap(prefix, true).entrySet()) {
                if (!entry.getKey().startsWith(prefix)) {
                    break;
                }
                entries.add(new StateEntry(entry.getKey(), entry.getValue()));
            }
        } finally {
            lock.readLock().unlock();
        }
        return entries;
    }

    @Override
    public List<StateVersion> history(String key) {
        lock.readLock().lock();
        try {
            List<StateVersion> versions = history.get(key);
            return versions == null ? List.of() : List.copyOf(versions);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void commit(String transactionId, List<StateWrite> writes) {
        java.util.Objects.requireNonNull(transactionId, "transactionId");
        if (writes.size() > 1) {
            Set<String> keys = new HashSet<>();
            for (StateWrite write : writes) {
                if (!keys.add(write.key())) {
                    throw new IllegalArgumentException("Transaction " + transactionId + " writes key "
                            + write.key() + " twice");
                }
            }
        }
        lock.writeLock().lock();
        try {
            for (StateWrite write : writes) {
                if (write.isDelete()) {
                    if (current.remove(write.key()) == null) {
                        continue;
                    }
                } else {
                    current.put(write.key(), write.value());
                }
                if (!StateKeys.isRecord(write.key())) {
                    history.computeIfAbsent(write.key(), k -> new ArrayList<>(2))
                            .add(new StateVersion(transactionId, write.value()));
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }
}
