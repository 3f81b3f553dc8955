package dev.charter.ledger.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.ledger.block.Hash;
import dev.charter.runtime.state.StateStoreException;
import dev.charter.runtime.state.StateVersion;
import dev.charter.runtime.state.StateWrite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RocksStateStoreTest {

    @TempDir
    Path dir;

    private static byte[] b(String s) {
        return s.getBytes(UTF_8);
    }

    @Test
    void aSnapshotKeepsSeeingTheStateOfItsMomentWhileCommitsGoOn() {
        try (RocksStateStore store = RocksStateStore.open(dir)) {
            store.put("tx1", "resource/a/1", b("v1"));
            try (RocksStateStore.Snapshot snapshot = store.snapshot()) {
                store.commit("tx2", List.of(StateWrite.put("resource/a/1", b("v2")), StateWrite.put("resource/a/2", b("w2"))));

                assertThat(snapshot.get("resource/a/1")).hasValueSatisfying(v -> assertThat(v).isEqualTo(b("v1")));
                assertThat(snapshot.scan("resource/a/")).hasSize(1);
                assertThat(snapshot.history("resource/a/1")).extracting(StateVersion::transactionId).containsExactly("tx1");
                assertThat(store.scan("resource/a/")).hasSize(2);
                assertThatThrownBy(() -> snapshot.put("tx3", "resource/a/3", b("x"))).isInstanceOf(StateStoreException.class)
                        .hasMessageContaining("is read-only");
            }
        }
    }

    @Test
    void keepsStateHistoryHeightAndResultsAcrossReopening() {
        Hash results = Hash.sha256(b("results of block 1"));
        try (RocksStateStore store = RocksStateStore.open(dir)) {
            assertThat(store.height()).isEmpty();
            store.applyBlock(0, Hash.sha256(b("genesis")), List.of("genesis"), List.of());
            store.applyBlock(1, results, List.of("tx1", "tx2", "tx3"), List.of(
                    new StateCommit("tx1", List.of(StateWrite.put("resource/a/1", b("v1")))),
                    new StateCommit("tx3", List.of(StateWrite.put("resource/a/1", b("v3")), StateWrite.delete("resource/a/2")))));
        }

        try (RocksStateStore store = RocksStateStore.open(dir)) {
            assertThat(store.height()).hasValue(1);
            assertThat(store.resultsHash()).hasValue(results);
            assertThat(store.get("resource/a/1")).hasValueSatisfying(v -> assertThat(v).isEqualTo(b("v3")));
            assertThat(store.history("resource/a/1")).containsExactly(new StateVersion("tx1", b("v1")),
                    new StateVersion("tx3", b("v3")));
            assertThat(store.history("resource/a/2")).isEmpty();
            assertThat(store.locate("tx2")).hasValue(new RocksStateStore.Location(1, 1));
            store.put("tx4", "resource/a/1", b("v4"));
            assertThat(store.history("resource/a/1")).extracting(StateVersion::transactionId)
                    .containsExactly("tx1", "tx3", "tx4");
        }
    }

    @Test
    void appliesBlocksOnlyInOrder() {
        try (RocksStateStore store = RocksStateStore.open(dir)) {
            assertThatThrownBy(() -> store.applyBlock(1, Hash.ZERO, List.of(), List.of()))
                    .hasMessage("The state is at block -1; it cannot apply block 1");
        }
    }

    @Test
    void aBlockWritingOneKeyInTwoTransactionsKeepsBothVersions() {
        try (RocksStateStore store = RocksStateStore.open(dir)) {
            store.applyBlock(0, Hash.ZERO, List.of("tx1", "tx2", "tx3"), List.of(
                    new StateCommit("tx1", List.of(StateWrite.put("k", b("1")))),
                    new StateCommit("tx2", List.of(StateWrite.delete("k"))),
                    new StateCommit("tx3", List.of(StateWrite.delete("k")))));

            assertThat(store.get("k")).isEmpty();
            assertThat(store.history("k")).containsExactly(new StateVersion("tx1", b("1")), new StateVersion("tx2", null));
        }
    }

    @Test
    void aReadOnlyStoreRefusesWrites() {
        RocksStateStore.open(dir).close();
        try (RocksStateStore store = RocksStateStore.openReadOnly(dir)) {
            assertThatThrownBy(() -> store.put("tx1", "k", b("1"))).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void namesTheDirectoryWhenItCannotOpen() {
        assertThatThrownBy(() -> RocksStateStore.openReadOnly(dir.resolve("missing")))
                .isInstanceOf(StateStoreException.class).hasMessageContaining(dir.resolve("missing").toString());
    }
}
