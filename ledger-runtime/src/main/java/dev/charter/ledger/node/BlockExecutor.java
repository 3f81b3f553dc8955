package dev.charter.ledger.node;

import dev.charter.ledger.block.ExecutionResults;
import dev.charter.ledger.block.Outcome;
import dev.charter.ledger.store.StateCommit;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.runtime.access.AccessController;
import dev.charter.runtime.archive.NetworkArchive;
import dev.charter.runtime.contract.TransactionExecutor;
import dev.charter.runtime.contract.TransactionOutcome;
import dev.charter.runtime.resource.Event;
import dev.charter.runtime.state.StateEntry;
import dev.charter.runtime.state.StateKeys;
import dev.charter.runtime.state.StateStore;
import dev.charter.runtime.state.StateTransaction;
import dev.charter.runtime.state.StateVersion;
import dev.charter.runtime.state.StateWrite;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Executes a block's transactions, in order, through the network's contract: deterministic, since each
 * transaction runs with its signed timestamp and its resolved submitter and sees exactly the writes of
 * the transactions before it. Nothing reaches the state store: the writes are returned, to be applied
 * once the block is durable. A block runs with the network archive in force in the state it starts from
 * ({@link ChainArchives}).
 */
public final class BlockExecutor {

    private final ChainArchives archives;
    private final AccessController access;
    private final SubmitterResolver submitters;
    private final Function<? super NetworkArchive, SystemTransactions> system;
    /** The system transactions of each archive the chain has run, made once per archive. */
    private final Map<String, SystemTransactions> systems = new ConcurrentHashMap<>();

    /**
     * @param archives the chain's archives: each block executes with the one in force in the state it starts from
     * @param access the access rules to enforce, or null for the network's own ({@link NetworkArchive#executor(StateStore)})
     * @param system the transactions the node executes itself, for an archive; upgrades ({@link NetworkUpgrade})
     *     come before them
     */
    public BlockExecutor(ChainArchives archives, AccessController access, SubmitterResolver submitters,
            Function<? super NetworkArchive, SystemTransactions> system) {
        this.archives = archives;
        this.access = access;
        this.submitters = submitters;
        this.system = system;
    }

    /**
     * What executing a block gave: the results the block records and hashes, the commits to apply, and
     * each transaction's events (empty for a refused one) and return value (null when none).
     */
    public record Execution(ExecutionResults results, List<StateCommit> commits, List<List<Event>> events,
            List<Object> returnValues) {

        /** The execution of a block that nothing was executed for (the genesis block): no writes, events or values. */
        static Execution none(ExecutionResults results) {
            int count = results.outcomes().size();
            return new Execution(results, List.of(), Collections.nCopies(count, List.of()),
                    Collections.nCopies(count, null));
        }
    }

    /** Executes {@code transactions} on top of {@code state}, which is only read. */
    public Execution execute(List<SignedTransaction> transactions, StateStore state) {
        BlockOverlay overlay = new BlockOverlay(state);
        NetworkArchive archive = archives.inForce(state);
        TransactionExecutor executor = access == null ? archive.executor(overlay) : archive.executor(overlay, access);
        SystemTransactions system = systems.computeIfAbsent(archive.contentHash(),
                hash -> SystemTransactions.first(new NetworkUpgrade(archives), this.system.apply(archive)));
        List<Outcome> outcomes = new ArrayList<>(transactions.size());
        List<List<StateWrite>> writes = new ArrayList<>(transactions.size());
        List<List<Event>> events = new ArrayList<>(transactions.size());
        List<Object> returnValues = new ArrayList<>(transactions.size());
        for (SignedTransaction transaction : transactions) {
            SubmitterResolver.Resolution resolution = submitters.resolve(transaction.identityId(), overlay);
            List<StateWrite> committed = List.of();
            List<Event> emitted = List.of();
            Object returned = null;
            if (resolution.refusal() != null) {
                outcomes.add(Outcome.refused(resolution.refusal()));
            } else if (system.handles(transaction)) {
                Outcome outcome = system.execute(transaction, resolution.submitter(), overlay);
                outcomes.add(outcome);
                if (outcome.committed()) {
                    committed = overlay.take(transaction.transactionId());
                }
            } else {
                TransactionOutcome outcome = executor.execute(transaction.payload(), transaction.transactionId(),
                        transaction.timestamp(), resolution.submitter());
                if (outcome instanceof TransactionOutcome.Failed failed) {
                    outcomes.add(Outcome.refused(failed.message()));
                } else {
                    outcomes.add(Outcome.ok());
                    committed = overlay.take(transaction.transactionId());
                    emitted = ((TransactionOutcome.Committed) outcome).events();
                    returned = ((TransactionOutcome.Committed) outcome).returnValue();
                }
            }
            writes.add(committed);
            events.add(emitted);
            returnValues.add(returned);
        }
        List<StateCommit> commits = new ArrayList<>();
        for (int i = 0; i < transactions.size(); i++) {
            if (!writes.get(i).isEmpty()) {
                commits.add(new StateCommit(transactions.get(i).transactionId(), writes.get(i)));
            }
        }
        return new Execution(new ExecutionResults(outcomes, writes), commits, events,
                Collections.unmodifiableList(returnValues));
    }

    /**
     * {@code base} with {@code commits} laid over it, in order: the state after a block whose writes are durable
     * but not applied yet, for the next block to execute on ({@link BlockCommitter}).
     */
    static StateStore afterCommits(StateStore base, List<StateCommit> commits) {
        BlockOverlay overlay = new BlockOverlay(base);
        commits.forEach(commit -> overlay.commit(commit.transactionId(), commit.writes()));
        return overlay;
    }

    /**
     * The state as the block's next transaction sees it: the store below with the writes of the block's
     * earlier transactions laid over it. Commits are recorded, not applied to the store.
     */
    private static final class BlockOverlay implements StateStore {

        private final StateStore base;
        private final StateTransaction pending;
        private final Map<String, List<StateVersion>> versions = new HashMap<>();
        private final Map<String, List<StateWrite>> committed = new HashMap<>();

        BlockOverlay(StateStore base) {
            this.base = base;
            this.pending = new StateTransaction(new ReadOnce(base));
        }

        @Override
        public Optional<byte[]> get(String key) {
            return pending.get(key);
        }

        @Override
        public List<StateEntry> scan(String prefix) {
            return pending.scan(prefix);
        }

        @Override
        public List<StateVersion> history(String key) {
            List<StateVersion> added = versions.get(key);
            if (added == null) {
                return base.history(key);
            }
            List<StateVersion> all = new ArrayList<>(base.history(key));
            all.addAll(added);
            return all;
        }

        @Override
        public void commit(String transactionId, List<StateWrite> writes) {
            List<StateWrite> effective = new ArrayList<>(writes.size());
            for (StateWrite write : writes) {
                if (write.isDelete()) {
                    if (!pending.exists(write.key())) {
                        continue; // deleting an absent key records nothing
                    }
                    pending.delete(write.key());
                } else {
                    pending.put(write.key(), write.value());
                }
                effective.add(write);
                if (!StateKeys.isRecord(write.key())) {
                    versions.computeIfAbsent(write.key(), k -> new ArrayList<>())
                            .add(new StateVersion(transactionId, write.value()));
                }
            }
            committed.put(transactionId, effective);
        }

        /** The writes {@code transactionId} committed. */
        List<StateWrite> take(String transactionId) {
            List<StateWrite> writes = committed.remove(transactionId);
            return writes == null ? List.of() : writes;
        }
    }

    /**
     * The store below a block, each key read from it at most once: nothing writes to it while the block
     * executes (its writes are applied after), so a value read once stays true for the whole block. The
     * same trader, identity and commodity are read by many of a block's transactions, and a read from
     * RocksDB (a JNI call and a copy) costs more than the map lookup that replaces it.
     */
    private static final class ReadOnce implements StateStore {

        private final StateStore base;
        private final Map<String, Optional<byte[]>> values = new HashMap<>();

        ReadOnce(StateStore base) {
            this.base = base;
        }

        @Override
        public Optional<byte[]> get(String key) {
            Optional<byte[]> value = values.get(key);
            if (value == null) {
                value = base.get(key);
                values.put(key, value);
            }
            return value;
        }

        @Override
        public List<StateEntry> scan(String prefix) {
            return base.scan(prefix);
        }

        @Override
        public List<StateVersion> history(String key) {
            return base.history(key);
        }

        @Override
        public void commit(String transactionId, List<StateWrite> writes) {
            throw new IllegalStateException("A block's writes are applied once it is durable, not by its transactions");
        }
    }
}
