package dev.charter.ledger.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.charter.ledger.block.Hash;
import dev.charter.runtime.state.StateEntry;
import dev.charter.runtime.state.StateKeys;
import dev.charter.runtime.state.StateStore;
import dev.charter.runtime.state.StateStoreException;
import dev.charter.runtime.state.StateVersion;
import dev.charter.runtime.state.StateWrite;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.CompressionType;
import org.rocksdb.DBOptions;
import org.rocksdb.FlushOptions;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WALRecoveryMode;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/**
 * The world state of a ledger node in RocksDB: current values, every key's history (records have none:
 * {@link StateKeys#isRecord}), an index from transaction id to block, and the block height the state
 * reflects — the last two written in the same atomic {@link WriteBatch} as the block's state writes
 * ({@link #applyBlock}), so that state and height never disagree, whenever the process dies.
 *
 * <p>Column families: {@code state} (key → value, keys as UTF-8: RocksDB's bytewise order is
 * {@link dev.charter.runtime.state.KeyOrder#UTF8}); {@code history} (key length (int) ‖ key ‖ sequence
 * (long) → transaction id length (short) ‖ id ‖ 0 for a deletion, or 1 ‖ value); {@code transactions}
 * (transaction id → block number (long) ‖ position in the block (int)); {@code default} holds the
 * height, the last block's results hash and the next history sequence number.
 *
 * <p>Writes go to RocksDB's write-ahead log without forcing it: the block file, forced before anyone
 * hears of a commit, is the source of truth, and a state that lost its last writes in a power failure is
 * caught up by replaying blocks above its height (docs/ledger.md). {@link #close} flushes every
 * memtable, so a closed store lies in checksummed table files alone.
 */
public final class RocksStateStore implements StateStore, AutoCloseable {

    static {
        RocksDB.loadLibrary();
    }

    private static final byte[] HEIGHT = "height".getBytes(UTF_8);
    private static final byte[] RESULTS = "results".getBytes(UTF_8);
    private static final byte[] SEQUENCE = "sequence".getBytes(UTF_8);
    private static final byte[] HISTORY = "history".getBytes(UTF_8);
    private static final byte[][] FAMILIES = {RocksDB.DEFAULT_COLUMN_FAMILY, "state".getBytes(UTF_8), HISTORY,
        "transactions".getBytes(UTF_8)};

    private final Path directory;
    private final RocksDB db;
    private final DBOptions options;
    /**
     * For the families read by key: Bloom filters, in the table files and in the memtable, answer most reads of
     * absent keys (every admitted transaction id is looked up, and a new one is absent) without a search.
     */
    private final ColumnFamilyOptions pointOptions;
    /** For {@code history}, only ever scanned by prefix: a filter there would be built and never read. */
    private final ColumnFamilyOptions scanOptions;
    private final BloomFilter filter = new BloomFilter(10);
    private final List<ColumnFamilyHandle> handles;
    private final ColumnFamilyHandle meta;
    private final ColumnFamilyHandle state;
    private final ColumnFamilyHandle history;
    private final ColumnFamilyHandle transactions;
    private final WriteOptions writeOptions = new WriteOptions().setSync(false);
    private final ReadOptions reads = new ReadOptions();
    private final boolean readOnly;
    private long sequence;
    /** Changes after every write, once the write is visible ({@link #version()}). */
    private volatile long version;

    private RocksStateStore(Path directory, boolean readOnly) {
        this.directory = directory;
        this.readOnly = readOnly;
        options = new DBOptions().setCreateIfMissing(true).setCreateMissingColumnFamilies(true)
                .setParanoidChecks(true).setWalRecoveryMode(WALRecoveryMode.TolerateCorruptedTailRecords)
                .setKeepLogFileNum(2);
        // LZ4 rather than RocksDB's default, Snappy: as the state grows, flushes and compactions take half the CPU
        // (docs/ledger.md, "Round 5"), and JSON values still compress.
        pointOptions = new ColumnFamilyOptions().setTableFormatConfig(new BlockBasedTableConfig().setFormatVersion(6)
                .setFilterPolicy(filter)).setMemtableWholeKeyFiltering(true).setMemtablePrefixBloomSizeRatio(0.02)
                .setCompressionType(CompressionType.LZ4_COMPRESSION);
        scanOptions = new ColumnFamilyOptions().setTableFormatConfig(new BlockBasedTableConfig().setFormatVersion(6))
                .setCompressionType(CompressionType.LZ4_COMPRESSION);
        List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
        for (byte[] family : FAMILIES) {
            descriptors.add(new ColumnFamilyDescriptor(family, family == HISTORY ? scanOptions : pointOptions));
        }
        handles = new ArrayList<>();
        try {
            db = readOnly ? RocksDB.openReadOnly(options, directory.toString(), descriptors, handles)
                    : RocksDB.open(options, directory.toString(), descriptors, handles);
            meta = handles.get(0);
            state = handles.get(1);
            history = handles.get(2);
            transactions = handles.get(3);
            byte[] next = db.get(meta, SEQUENCE);
            sequence = next == null ? 0 : ByteBuffer.wrap(next).getLong();
        } catch (RocksDBException e) {
            handles.forEach(ColumnFamilyHandle::close);
            pointOptions.close();
            scanOptions.close();
            filter.close();
            options.close();
            throw new StateStoreException("Cannot open the state database " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Opens (or creates) the state database in {@code directory}. */
    public static RocksStateStore open(Path directory) {
        return new RocksStateStore(directory, false);
    }

    /** Opens an existing state database for reading only; nothing in {@code directory} changes. */
    public static RocksStateStore openReadOnly(Path directory) {
        return new RocksStateStore(directory, true);
    }

    public Path directory() {
        return directory;
    }

    /**
     * A number that changes after each write, once the write can be read: what was read after this returned
     * {@code v} is at least as new as the state of version {@code v}, so it can be remembered until the version changes.
     */
    public long version() {
        return version;
    }

    /** The number of the last block whose writes the state holds; empty before the genesis block is applied. */
    public OptionalLong height() {
        byte[] height = read(meta, HEIGHT);
        return height == null ? OptionalLong.empty() : OptionalLong.of(ByteBuffer.wrap(height).getLong());
    }

    /** The results hash of the block at {@link #height()}. */
    public Optional<Hash> resultsHash() {
        return Optional.ofNullable(read(meta, RESULTS)).map(Hash::of);
    }

    /** Where a transaction is in the chain: its block and its position there. */
    public record Location(long block, int index) {
    }

    /** The block that holds {@code transactionId} (committed or refused), once that block is applied. */
    public Optional<Location> locate(String transactionId) {
        byte[] location = read(transactions, transactionId.getBytes(UTF_8));
        if (location == null) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(location);
        return Optional.of(new Location(buffer.getLong(), buffer.getInt()));
    }

    @Override
    public Optional<byte[]> get(String key) {
        return Optional.ofNullable(read(state, key.getBytes(UTF_8)));
    }

    @Override
    public List<StateEntry> scan(String prefix) {
        return scan(prefix, reads);
    }

    @Override
    public List<StateVersion> history(String key) {
        return history(key, reads);
    }

    /**
     * A read-only view of the state as it is now, which later commits do not change: a read that looks at
     * several keys through it sees the state of one block. Close it to let RocksDB drop what it holds.
     */
    public Snapshot snapshot() {
        return new Snapshot();
    }

    /** The state at one moment ({@link #snapshot()}); commits are refused. Thread-safe. */
    public final class Snapshot implements StateStore, AutoCloseable {

        private final org.rocksdb.Snapshot snapshot = db.getSnapshot();
        private final ReadOptions options = new ReadOptions().setSnapshot(snapshot);

        private Snapshot() {
        }

        /** The number of the last block whose writes this snapshot holds. */
        public OptionalLong height() {
            try {
                byte[] height = db.get(meta, options, HEIGHT);
                return height == null ? OptionalLong.empty() : OptionalLong.of(ByteBuffer.wrap(height).getLong());
            } catch (RocksDBException e) {
                throw failure("read the height", e);
            }
        }

        @Override
        public Optional<byte[]> get(String key) {
            try {
                return Optional.ofNullable(db.get(state, options, key.getBytes(UTF_8)));
            } catch (RocksDBException e) {
                throw failure("read " + key, e);
            }
        }

        @Override
        public List<StateEntry> scan(String prefix) {
            return RocksStateStore.this.scan(prefix, options);
        }

        @Override
        public List<StateVersion> history(String key) {
            return RocksStateStore.this.history(key, options);
        }

        @Override
        public void commit(String transactionId, List<StateWrite> writes) {
            throw new StateStoreException("A snapshot of " + directory + " is read-only", null);
        }

        @Override
        public void close() {
            options.close();
            db.releaseSnapshot(snapshot);
        }
    }

    private List<StateEntry> scan(String prefix, ReadOptions options) {
        byte[] start = prefix.getBytes(UTF_8);
        List<StateEntry> entries = new ArrayList<>();
        try (RocksIterator iterator = db.newIterator(state, options)) {
            for (iterator.seek(start); iterator.isValid() && startsWith(iterator.key(), start); iterator.next()) {
                entries.add(new StateEntry(new String(iterator.key(), UTF_8), iterator.value()));
            }
            iterator.status();
        } catch (RocksDBException e) {
            throw failure("scan " + prefix, e);
        }
        return entries;
    }

    private List<StateVersion> history(String key, ReadOptions options) {
        byte[] prefix = historyPrefix(key.getBytes(UTF_8));
        List<StateVersion> versions = new ArrayList<>();
        try (RocksIterator iterator = db.newIterator(history, options)) {
            for (iterator.seek(prefix); iterator.isValid() && startsWith(iterator.key(), prefix); iterator.next()) {
                versions.add(decodeVersion(iterator.value()));
            }
            iterator.status();
        } catch (RocksDBException e) {
            throw failure("read the history of " + key, e);
        }
        return versions;
    }

    /** Every key ever written, with its history, in key order: what {@code charter ledger verify} compares. */
    public Map<String, List<StateVersion>> allHistories() {
        Map<String, List<StateVersion>> all = new java.util.LinkedHashMap<>();
        try (RocksIterator iterator = db.newIterator(history)) {
            for (iterator.seekToFirst(); iterator.isValid(); iterator.next()) {
                byte[] key = iterator.key();
                int length = ByteBuffer.wrap(key).getInt();
                String name = new String(key, Integer.BYTES, length, UTF_8);
                all.computeIfAbsent(name, k -> new ArrayList<>()).add(decodeVersion(iterator.value()));
            }
            iterator.status();
        } catch (RocksDBException e) {
            throw failure("read the histories", e);
        }
        return all;
    }

    @Override
    public synchronized void commit(String transactionId, List<StateWrite> writes) {
        checkDistinct(transactionId, writes);
        try (WriteBatch batch = new WriteBatch()) {
            long next = addCommit(batch, new StateCommit(transactionId, writes), new HashMap<>(), sequence);
            write(batch, next);
        } catch (RocksDBException e) {
            throw failure("commit transaction " + transactionId, e);
        }
    }

    /**
     * Applies one block in one atomic write: every transaction's writes and history, the transactions'
     * locations, the new height and the block's results hash.
     *
     * @param transactionIds every transaction of the block in order, refused ones included
     * @throws IllegalStateException when {@code number} does not follow the current height
     */
    public synchronized void applyBlock(long number, Hash resultsHash, List<String> transactionIds,
            List<StateCommit> commits) {
        long expected = height().orElse(-1) + 1;
        if (number != expected) {
            throw new IllegalStateException("The state is at block " + (expected - 1) + "; it cannot apply block " + number);
        }
        commits.forEach(commit -> checkDistinct(commit.transactionId(), commit.writes()));
        try (WriteBatch batch = new WriteBatch()) {
            Map<String, Boolean> present = new HashMap<>();
            long next = sequence;
            for (StateCommit commit : commits) {
                next = addCommit(batch, commit, present, next);
            }
            for (int i = 0; i < transactionIds.size(); i++) {
                batch.put(transactions, transactionIds.get(i).getBytes(UTF_8),
                        ByteBuffer.allocate(Long.BYTES + Integer.BYTES).putLong(number).putInt(i).array());
            }
            batch.put(meta, HEIGHT, ByteBuffer.allocate(Long.BYTES).putLong(number).array());
            batch.put(meta, RESULTS, resultsHash.bytes());
            write(batch, next);
        } catch (RocksDBException e) {
            throw failure("apply block " + number, e);
        }
    }

    /**
     * Adds one transaction's writes and their history to {@code batch}.
     *
     * @param present what earlier commits of the same batch did to keys: true written, false deleted
     * @return the next history sequence number
     */
    private long addCommit(WriteBatch batch, StateCommit commit, Map<String, Boolean> present, long next)
            throws RocksDBException {
        for (StateWrite write : commit.writes()) {
            byte[] key = write.key().getBytes(UTF_8);
            if (write.isDelete()) {
                Boolean earlier = present.get(write.key());
                if (earlier == null ? db.get(state, key) == null : !earlier) {
                    continue; // deleting an absent key records nothing
                }
                batch.delete(state, key);
            } else {
                batch.put(state, key, write.value());
            }
            present.put(write.key(), !write.isDelete());
            if (!StateKeys.isRecord(write.key())) {
                batch.put(history, historyKey(key, next++), encodeVersion(commit.transactionId(), write.value()));
            }
        }
        return next;
    }

    private void write(WriteBatch batch, long nextSequence) throws RocksDBException {
        if (readOnly) {
            throw new IllegalStateException("The state database " + directory + " is open read-only");
        }
        batch.put(meta, SEQUENCE, ByteBuffer.allocate(Long.BYTES).putLong(nextSequence).array());
        db.write(writeOptions, batch);
        sequence = nextSequence;
        version++;
    }

    private static void checkDistinct(String transactionId, List<StateWrite> writes) {
        if (writes.size() > 1) {
            Set<String> keys = new HashSet<>();
            for (StateWrite write : writes) {
                if (!keys.add(write.key())) {
                    throw new IllegalArgumentException("Transaction " + transactionId + " writes key " + write.key()
                            + " twice");
                }
            }
        }
    }

    /** Checks the checksum of every block of every table file. */
    public void verifyChecksums() {
        try {
            db.verifyChecksum();
        } catch (RocksDBException e) {
            throw failure("verify its checksums", e);
        }
    }

    private byte[] read(ColumnFamilyHandle family, byte[] key) {
        try {
            return db.get(family, key);
        } catch (RocksDBException e) {
            throw failure("read " + new String(key, UTF_8), e);
        }
    }

    private StateStoreException failure(String what, RocksDBException e) {
        return new StateStoreException("The state database " + directory + " cannot " + what + ": " + e.getMessage(), e);
    }

    private static byte[] historyPrefix(byte[] key) {
        return ByteBuffer.allocate(Integer.BYTES + key.length).putInt(key.length).put(key).array();
    }

    private static byte[] historyKey(byte[] key, long sequence) {
        return ByteBuffer.allocate(Integer.BYTES + key.length + Long.BYTES).putInt(key.length).put(key).putLong(sequence)
                .array();
    }

    private static byte[] encodeVersion(String transactionId, byte[] value) {
        byte[] id = transactionId.getBytes(UTF_8);
        ByteBuffer buffer = ByteBuffer.allocate(Short.BYTES + id.length + 1 + (value == null ? 0 : value.length));
        buffer.putShort((short) id.length).put(id).put((byte) (value == null ? 0 : 1));
        if (value != null) {
            buffer.put(value);
        }
        return buffer.array();
    }

    private static StateVersion decodeVersion(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int idLength = Short.toUnsignedInt(buffer.getShort());
        String id = new String(bytes, Short.BYTES, idLength, UTF_8);
        int valueAt = Short.BYTES + idLength + 1;
        return new StateVersion(id, bytes[valueAt - 1] == 0 ? null : Arrays.copyOfRange(bytes, valueAt, bytes.length));
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Flushes every memtable to table files (unless read-only) and closes the database. */
    @Override
    public synchronized void close() {
        try {
            if (!readOnly) {
                try (FlushOptions flush = new FlushOptions().setWaitForFlush(true)) {
                    db.flush(flush, handles);
                }
            }
        } catch (RocksDBException e) {
            throw failure("flush its memtables", e);
        } finally {
            handles.forEach(ColumnFamilyHandle::close);
            db.close();
            writeOptions.close();
            reads.close();
            pointOptions.close();
            scanOptions.close();
            filter.close();
            options.close();
        }
    }
}
