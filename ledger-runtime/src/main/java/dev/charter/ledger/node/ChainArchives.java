package dev.charter.ledger.node;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.ledger.crypto.DurableFiles;
import dev.charter.runtime.archive.NetworkArchive;
import dev.charter.runtime.state.StateStore;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Every version of the network archive a chain has run, by content hash, and which one is in force.
 *
 * <p>The genesis block names the archive the chain starts with ({@code network.cna}); each committed
 * {@code UpgradeBusinessNetwork} ({@link NetworkUpgrade}) records the archive that replaces it under the state
 * key {@value #STATE_KEY}. A block executes with the archive in force in the state it starts from, so the
 * block that commits an upgrade still runs entirely with the old archive and the next block runs with the
 * new one — on the node that ordered it, on a node replaying it after a crash, and in {@code ledger verify}.
 * Upgraded archives are kept in {@code archives/<hex digest>.cna}, written durably before their upgrade is
 * submitted; they are never removed, since re-executing the chain needs each of them. Thread-safe.
 */
public final class ChainArchives implements AutoCloseable {

    /** The state key holding the archive in force after the last upgrade: {@code {contentHash, version}}. */
    public static final String STATE_KEY = "charter/archive";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HASH = Pattern.compile("sha256:[0-9a-f]{64}");

    private final DataDirectory data;
    private final NetworkArchive genesis;
    private final Map<String, NetworkArchive> opened = new ConcurrentHashMap<>();

    private ChainArchives(DataDirectory data, NetworkArchive genesis) {
        this.data = data;
        this.genesis = genesis;
        opened.put(genesis.contentHash(), genesis);
    }

    /**
     * The archives of the chain in {@code data}, starting from its {@code network.cna}.
     *
     * @throws LedgerException when {@code network.cna} cannot be opened
     */
    public static ChainArchives open(DataDirectory data) {
        try {
            return new ChainArchives(data, NetworkArchive.open(data.archive()));
        } catch (IOException | RuntimeException e) {
            throw new LedgerException("Cannot open the network archive " + data.archive() + ": " + e.getMessage(), e);
        }
    }

    /** The archive the chain started with, named by its genesis block. */
    public NetworkArchive genesis() {
        return genesis;
    }

    /**
     * The archive in force in {@code state} — the last upgrade's, else the genesis archive — with which a block
     * starting from that state executes.
     */
    public NetworkArchive inForce(StateStore state) {
        Optional<byte[]> record = state.get(STATE_KEY);
        if (record.isEmpty()) {
            return genesis;
        }
        try {
            return get(JSON.readTree(record.get()).path("contentHash").asText());
        } catch (IOException e) {
            throw new LedgerException("The state's " + STATE_KEY + " is not JSON: " + e.getMessage(), e);
        }
    }

    /**
     * The archive with {@code contentHash}, opened once.
     *
     * @throws LedgerException when the chain's directory does not hold it, or holds another file under its name
     */
    public NetworkArchive get(String contentHash) {
        return opened.computeIfAbsent(contentHash, hash -> {
            Path file = file(hash);
            if (!Files.isRegularFile(file)) {
                throw new LedgerException("The network archive " + hash + " is not in " + data.archives()
                        + ": it was never uploaded to this node, or has been removed");
            }
            NetworkArchive loaded;
            try {
                loaded = NetworkArchive.open(file);
            } catch (IOException | RuntimeException e) {
                throw new LedgerException("Cannot open the network archive " + file + ": " + e.getMessage(), e);
            }
            if (!loaded.contentHash().equals(hash)) {
                loaded.close();
                throw new LedgerException(file + " holds " + loaded + ", not " + hash);
            }
            return loaded;
        });
    }

    /** Whether the chain's directory holds the archive with {@code contentHash}. */
    public boolean holds(String contentHash) {
        return opened.containsKey(contentHash)
                || (HASH.matcher(contentHash).matches() && Files.isRegularFile(file(contentHash)));
    }

    /**
     * Keeps an uploaded archive (already opened and checked by the caller) in {@code archives/}: written to a
     * temporary file, forced, moved into place and the directory forced, so that it is on the disk before the
     * upgrade naming it is submitted. Storing an archive the chain already holds changes nothing.
     */
    public void store(NetworkArchive archive, byte[] bytes) throws IOException {
        if (holds(archive.contentHash())) {
            return;
        }
        Path file = file(archive.contentHash());
        DurableFiles.replace(file, bytes);
        try (FileChannel directory = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            directory.force(true);
        }
    }

    /** The value of {@value #STATE_KEY} recording {@code archive} as the one in force. */
    static byte[] record(NetworkArchive archive) {
        return JSON.createObjectNode().put("contentHash", archive.contentHash()).put("version", archive.version())
                .toString().getBytes(StandardCharsets.UTF_8);
    }

    private Path file(String contentHash) {
        if (contentHash.equals(genesis.contentHash())) {
            return data.archive();
        }
        if (!HASH.matcher(contentHash).matches()) {
            throw new LedgerException("'" + contentHash + "' is not a network archive's content hash"
                    + " (sha256:<64 hex digits>)");
        }
        return data.archives().resolve(contentHash.substring("sha256:".length()) + ".cna");
    }

    /** Closes every archive opened. */
    @Override
    public void close() {
        opened.values().forEach(NetworkArchive::close);
        opened.clear();
    }
}
