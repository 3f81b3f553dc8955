package dev.charter.ledger.node;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.ledger.store.RocksStateStore;
import dev.charter.ledger.store.StateCommit;
import dev.charter.runtime.state.StateEntry;
import dev.charter.runtime.state.StateStore;
import dev.charter.runtime.state.StateVersion;
import dev.charter.runtime.state.StateWrite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state a block executes on while the block before it is durable but not yet applied. */
class AfterCommitsTest {

    @TempDir
    Path directory;

    @Test
    void theNextBlockSeesThePreviousBlocksWritesDeletionsAndVersionsBeforeTheyAreApplied() {
        try (RocksStateStore state = RocksStateStore.open(directory)) {
            state.commit("tx0", List.of(put("asset/A", "a0"), put("asset/B", "b0"), put("asset/C", "c0")));
            List<StateCommit> previous = List.of(
                    new StateCommit("tx1", List.of(put("asset/A", "a1"), StateWrite.delete("asset/B"))),
                    new StateCommit("tx2", List.of(put("asset/A", "a2"), put("asset/D", "d2"))));
            try (RocksStateStore.Snapshot snapshot = state.snapshot()) {
                StateStore view = BlockExecutor.afterCommits(snapshot, previous);

                assertThat(view.get("asset/A")).map(v -> new String(v, UTF_8)).contains("a2");
                assertThat(view.get("asset/B")).isEmpty();
                assertThat(view.get("asset/C")).map(v -> new String(v, UTF_8)).contains("c0");
                assertThat(view.scan("asset/")).extracting(StateEntry::key)
                        .containsExactly("asset/A", "asset/C", "asset/D");
                assertThat(view.history("asset/A")).extracting(StateVersion::transactionId)
                        .containsExactly("tx0", "tx1", "tx2");
                assertThat(view.history("asset/B")).extracting(StateVersion::transactionId).containsExactly("tx0", "tx1");
                assertThat(view.history("asset/C")).extracting(StateVersion::transactionId).containsExactly("tx0");
                assertThat(state.get("asset/A")).map(v -> new String(v, UTF_8)).as("nothing applied").contains("a0");
            }
        }
    }

    private static StateWrite put(String key, String value) {
        return StateWrite.put(key, value.getBytes(UTF_8));
    }
}
