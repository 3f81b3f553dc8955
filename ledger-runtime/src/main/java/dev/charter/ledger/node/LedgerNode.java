package dev.charter.ledger.node;

import dev.charter.ledger.block.Block;
import dev.charter.ledger.block.BlockSigner;
import dev.charter.ledger.block.Genesis;
import dev.charter.ledger.consensus.ChainHead;
import dev.charter.ledger.consensus.Orderer;
import dev.charter.ledger.store.BlockStore;
import dev.charter.ledger.store.RocksStateStore;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.runtime.access.AccessController;
import dev.charter.runtime.archive.NetworkArchive;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A ledger node hosting one network: submitted transactions are ordered into blocks by its
 * {@link Orderer}, executed, stored and applied by its {@link BlockCommitter}; each submitter hears the
 * outcome once the block is durable.
 *
 * <p>{@link #initialise} creates a node's data directory: the network archive and the genesis block.
 * {@link #open} recovers whatever a crash left: it cuts off a torn last block, replays the blocks the
 * state has not applied, and starts ordering after the last block. Thread-safe.
 */
public final class LedgerNode implements AutoCloseable {

    private final DataDirectory data;
    private final ChainArchives archives;
    private final BlockStore blocks;
    private final RocksStateStore state;
    private final Orderer orderer;
    private final Map<String, CompletableFuture<Receipt>> waiting = new ConcurrentHashMap<>();
    private volatile RuntimeException failure;
    /** The archive in force in the applied state: it changes only when a block commits, so it is read once per block. */
    private volatile NetworkArchive inForce;
    private Recovery recovery;
    private BlockCommitter committer;

    /** What {@link #open} repaired: bytes of a torn last block cut off, blocks replayed into the state. */
    public record Recovery(long truncatedBytes, long replayedBlocks) {
    }

    private LedgerNode(DataDirectory data, ChainArchives archives, BlockStore blocks, RocksStateStore state,
            Orderer orderer) {
        this.data = data;
        this.archives = archives;
        this.blocks = blocks;
        this.state = state;
        this.orderer = orderer;
        this.inForce = archives.inForce(state);
    }

    /**
     * Creates a node's data directory for the network in {@code archiveFile}: copies the archive in and
     * writes the genesis block, signed by the orderer. The directory is built beside its place
     * ({@code <name>.initialising}) and renamed into it when complete, so a crash leaves either no data
     * directory or a whole one.
     *
     * @throws LedgerException when {@code directory} exists and is not empty, or the archive cannot be opened
     */
    public static void initialise(Path directory, Path archiveFile, BlockSigner orderer, Instant timestamp) {
        Path target = directory.toAbsolutePath().normalize();
        Path building = target.resolveSibling(target.getFileName() + ".initialising");
        DataDirectory data = new DataDirectory(building);
        try {
            if (Files.isDirectory(target)) {
                try (Stream<Path> entries = Files.list(target)) {
                    if (entries.findAny().isPresent()) {
                        throw new LedgerException(directory + " is not empty: a node is initialised in a new or empty"
                                + " directory");
                    }
                }
            }
            if (Files.exists(building)) {
                deleteTree(building); // left by a crash during an earlier attempt
            }
            Files.createDirectories(building);
            Files.copy(archiveFile, data.archive());
            force(data.archive());
        } catch (IOException e) {
            throw new LedgerException("Cannot create the data directory " + directory + ": " + e.getMessage(), e);
        }
        NetworkArchive archive;
        try {
            archive = NetworkArchive.open(data.archive());
        } catch (IOException | RuntimeException e) {
            throw new LedgerException("Cannot open the network archive " + archiveFile + ": " + e.getMessage(), e);
        }
        try (archive; BlockStore blocks = BlockStore.open(data.blocks());
                RocksStateStore state = RocksStateStore.open(data.state())) {
            Block genesis = Genesis.create(archive.name(), archive.version(), archive.contentHash(), orderer, timestamp);
            blocks.append(genesis);
            blocks.sync();
            state.applyBlock(0, genesis.resultsHash(), List.of(Genesis.TRANSACTION_ID), List.of());
        }
        try {
            force(building);
            // rename(2) replaces an empty directory.
            Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
            force(target.getParent());
        } catch (IOException e) {
            throw new LedgerException("Cannot move the new data directory " + building + " to " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * Opens the node in {@code directory}, recovers it and starts {@code orderer}.
     *
     * @param submitters who the signers of transactions are
     * @param access the network's access rules
     * @throws LedgerException when the directory holds no chain, its archive is not the one the genesis
     *     block names, or a block is damaged or executes differently than it records
     */
    public static LedgerNode open(Path directory, Orderer orderer, SubmitterResolver submitters,
            AccessController access) {
        return open(directory, orderer, submitters, access, archive -> SystemTransactions.NONE);
    }

    /**
     * As {@link #open(Path, Orderer, SubmitterResolver, AccessController)}, for a node that executes system
     * transactions.
     *
     * @param access the access rules to enforce, or null for the network's own
     * @param system gives the system transactions of the network for each archive it runs (the genesis one, and
     *     each upgrade's); upgrades themselves ({@link NetworkUpgrade}) are handled first
     */
    public static LedgerNode open(Path directory, Orderer orderer,
            SubmitterResolver submitters, AccessController access,
            Function<? super NetworkArchive, SystemTransactions> system) {
        DataDirectory data = new DataDirectory(directory);
        if (!Files.exists(data.blocks().resolve(BlockStore.FILE_NAME))) {
            throw new LedgerException(directory + " holds no chain: initialise it first");
        }
        ChainArchives archives = ChainArchives.open(data);
        NetworkArchive archive = archives.genesis();
        RocksStateStore state = null;
        BlockStore blocks = null;
        try {
            state = RocksStateStore.open(data.state());
            long applied = state.height().orElse(-1) + 1;
            blocks = BlockStore.open(data.blocks(), applied);
            if (blocks.size() == 0) {
                throw new LedgerException(data.blocks() + " holds no genesis block");
            }
            Genesis.Config genesis;
            try {
                genesis = Genesis.config(blocks.read(0));
            } catch (IllegalArgumentException e) {
                throw new LedgerException("Block 0 of " + blocks.file() + " is no genesis block: " + e.getMessage(), e);
            }
            if (!genesis.networkContentHash().equals(archive.contentHash())) {
                throw new LedgerException(data.archive() + " is " + archive + ", but the genesis block names "
                        + genesis.network() + " " + genesis.networkVersion() + " (" + genesis.networkContentHash() + ")");
            }
            if (applied > blocks.size()) {
                throw new LedgerException("The state has applied block " + (applied - 1) + " but " + blocks.file()
                        + " ends at block " + (blocks.size() - 1));
            }
            LedgerNode node = new LedgerNode(data, archives, blocks, state, orderer);
            BlockCommitter committer = new BlockCommitter(blocks, state, new BlockExecutor(archives, access,
                    submitters, system), node::committed, node::fail);
            node.committer = committer;
            for (long n = applied; n < blocks.size(); n++) {
                committer.replay(blocks.read(n));
            }
            node.inForce = archives.inForce(state);
            node.recovery = new Recovery(blocks.truncatedBytes(), blocks.size() - applied);
            orderer.start(ChainHead.after(blocks.read(blocks.size() - 1)), block -> {
                try {
                    return committer.commit(block);
                } catch (RuntimeException e) {
                    node.fail(e);
                    throw e;
                }
            });
            return node;
        } catch (RuntimeException e) {
            if (blocks != null) {
                blocks.close();
            }
            if (state != null) {
                state.close();
            }
            archives.close();
            throw e instanceof LedgerException ? e : new LedgerException(e.getMessage(), e);
        }
    }

    /**
     * Submits a transaction (already admitted: signature and identity checked). The future completes once
     * its block is durable and applied, with the outcome recorded there; it fails if the node stops first,
     * and with an {@link IllegalArgumentException} when the transaction is already waiting for its block or
     * is an upgrade naming an archive the chain's directory does not hold ({@link ChainArchives#store} comes
     * first: executing such an upgrade would stop the node rather than refuse the transaction).
     */
    public CompletableFuture<Receipt> submit(SignedTransaction transaction) {
        RuntimeException failed = failure;
        if (failed != null) {
            return CompletableFuture.failedFuture(failed);
        }
        Optional<String> upgrade = NetworkUpgrade.target(transaction);
        if (upgrade.isPresent() && !archives.holds(upgrade.get())) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("The upgrade "
                    + transaction.transactionId() + " names the network archive '" + upgrade.get() + "', which this node"
                    + " does not hold: upload the archive with the upgrade"));
        }
        CompletableFuture<Receipt> receipt = new CompletableFuture<>();
        if (waiting.putIfAbsent(transaction.transactionId(), receipt) != null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("Transaction "
                    + transaction.transactionId() + " has already been submitted and is waiting for its block"));
        }
        try {
            orderer.submit(transaction);
        } catch (IllegalStateException e) {
            waiting.remove(transaction.transactionId());
            return CompletableFuture.failedFuture(failure != null ? failure : e);
        }
        return receipt;
    }

    private void committed(Block block, BlockExecutor.Execution execution) {
        inForce = archives.inForce(state);
        for (int i = 0; i < block.transactions().size(); i++) {
            String id = block.transactions().get(i).transactionId();
            CompletableFuture<Receipt> receipt = waiting.remove(id);
            if (receipt != null) {
                receipt.complete(new Receipt(id, block.number(), i, block.outcomes().get(i), execution.events().get(i),
                        execution.returnValues().get(i)));
            }
        }
    }

    private void fail(RuntimeException cause) {
        failure = new LedgerException("The node stopped committing: " + cause.getMessage(), cause);
        failWaiting(failure);
    }

    private void failWaiting(RuntimeException cause) {
        for (String id : List.copyOf(waiting.keySet())) {
            CompletableFuture<Receipt> receipt = waiting.remove(id);
            if (receipt != null) {
                receipt.completeExceptionally(cause);
            }
        }
    }

    /** What opening the node repaired. */
    public Recovery recovery() {
        return recovery;
    }

    /** The number of the last committed block. */
    public long height() {
        return blocks.size() - 1;
    }

    /** The node's state: current values, every key's history ({@code history(key)}), the historian. */
    public RocksStateStore state() {
        return state;
    }

    public BlockStore blocks() {
        return blocks;
    }

    /** The network archive in force: the genesis block's, or the last committed upgrade's. */
    public NetworkArchive archive() {
        return inForce;
    }

    /** Every archive the chain has run, and the directory that keeps upgraded ones. */
    public ChainArchives archives() {
        return archives;
    }

    public Path directory() {
        return data.root();
    }

    /** Stops ordering (transactions not yet in a block fail) and closes the stores. */
    @Override
    public void close() {
        orderer.close();
        if (committer != null) {
            committer.close(); // the last block handed to the applier is applied before the state closes
        }
        failWaiting(new LedgerException("The node closed before the transaction was ordered into a block"));
        state.close();
        blocks.close();
        archives.close();
    }

    private static void force(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
