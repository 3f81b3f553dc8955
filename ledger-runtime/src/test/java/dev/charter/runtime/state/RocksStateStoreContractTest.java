package dev.charter.runtime.state;

import dev.charter.ledger.store.RocksStateStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The runtime's state store contract, run on the ledger's RocksDB store (here because the suite is package-private). */
class RocksStateStoreContractTest extends StateStoreContract {

    @TempDir
    Path dir;

    private final List<RocksStateStore> opened = new ArrayList<>();

    @Override
    protected StateStore newStore() {
        try {
            RocksStateStore store = RocksStateStore.open(Files.createTempDirectory(dir, "state"));
            opened.add(store);
            return store;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void close() {
        opened.forEach(RocksStateStore::close);
    }
}
