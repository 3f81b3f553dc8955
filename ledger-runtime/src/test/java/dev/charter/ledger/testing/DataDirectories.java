package dev.charter.ledger.testing;

import dev.charter.ledger.block.BlockSigner;
import dev.charter.ledger.consensus.SoloOrderer;
import dev.charter.ledger.node.LedgerNode;
import dev.charter.ledger.node.Receipt;
import dev.charter.ledger.node.SubmitterResolver;
import dev.charter.runtime.access.AccessController;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Data directories of real nodes for tests: written by a node, copied, damaged. */
public final class DataDirectories {

    private DataDirectories() {
    }

    /** Starts a solo node on an initialised directory. */
    public static LedgerNode start(Path directory, BlockSigner orderer) {
        return LedgerNode.open(directory, new SoloOrderer(orderer, 100, Duration.ofMillis(1), Clock.systemUTC()),
                SubmitterResolver.EVERYONE_ADMIN, AccessController.ALLOW_ALL);
    }

    /**
     * A chain of one block per transaction: holders and accounts, transfers (one refused), a closed
     * account. The node is closed when this returns.
     */
    public static List<Receipt> writeChain(Path directory, BlockSigner orderer) {
        LedgerNode.initialise(directory, AccountsNetwork.archive(), orderer, Instant.parse("2026-11-29T11:00:00Z"));
        AccountsNetwork network = new AccountsNetwork("tx-");
        List<Receipt> receipts = new ArrayList<>();
        try (LedgerNode node = start(directory, orderer)) {
            for (var tx : List.of(network.addHolder("alice"), network.addHolder("bob"),
                    network.openAccount("A1", "alice", 100), network.openAccount("B1", "bob", 10),
                    network.transfer("A1", "B1", 40), network.transfer("B1", "A1", 1000),
                    network.openAccount("A2", "alice", 0), network.transfer("B1", "A2", 50), network.closeAccount("A1"))) {
                receipts.add(node.submit(tx).join());
            }
        }
        return receipts;
    }

    public static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else if (!path.getFileName().toString().equals("LOCK")) {
                    Files.copy(path, target);
                }
            }
        }
        return to;
    }

    public static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Inverts one bit of the byte at {@code offset}. */
    public static void flipBit(Path file, long offset, int bit) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset);
            int b = raf.read();
            raf.seek(offset);
            raf.write(b ^ (1 << bit));
        }
    }

    /** The offset where each block's frame starts in a block file, and the file's length last. */
    public static List<Long> frameOffsets(Path blockFile) throws IOException {
        List<Long> offsets = new ArrayList<>();
        try (RandomAccessFile raf = new RandomAccessFile(blockFile.toFile(), "r")) {
            long position = 8;
            while (position < raf.length()) {
                offsets.add(position);
                raf.seek(position);
                position += 8 + raf.readInt();
            }
            offsets.add(raf.length());
        }
        return offsets;
    }
}
