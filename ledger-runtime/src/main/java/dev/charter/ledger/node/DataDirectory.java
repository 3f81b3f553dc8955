package dev.charter.ledger.node;

import java.nio.file.Path;

/**
 * The files of one node: {@code network.cna} (the network archive the genesis block names),
 * {@code archives/} (the archives of later upgrades, {@link ChainArchives}), {@code blocks/} (the
 * {@link dev.charter.ledger.store.BlockStore}) and {@code state/} (the
 * {@link dev.charter.ledger.store.RocksStateStore}).
 */
public record DataDirectory(Path root) {

    public Path archive() {
        return root.resolve("network.cna");
    }

    public Path archives() {
        return root.resolve("archives");
    }

    public Path blocks() {
        return root.resolve("blocks");
    }

    public Path state() {
        return root.resolve("state");
    }
}
