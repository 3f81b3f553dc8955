package dev.charter.rest.gateway;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.runtime.state.StateVersion;
import dev.charter.runtime.state.StateWrite;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalStateStoreTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    @Test
    void commitsAndHistoriesSurviveReopening() {
        try (JournalStateStore store = JournalStateStore.open(dir)) {
            store.commit("tx1", List.of(StateWrite.put("a", bytes("1")), StateWrite.put("b", bytes("2"))));
            store.commit("tx2", List.of(StateWrite.put("a", bytes("3")), StateWrite.delete("b")));
        }
        try (JournalStateStore store = JournalStateStore.open(dir)) {
            assertThat(store.get("a")).hasValueSatisfying(v -> assertThat(new String(v, UTF_8)).isEqualTo("3"));
            assertThat(store.get("b")).isEmpty();
            assertThat(store.history("a")).extracting(StateVersion::transactionId).containsExactly("tx1", "tx2");
            assertThat(store.scan("")).hasSize(1);
        }
    }

    @Test
    void aTornLastRecordIsDroppedAndLaterCommitsAreKept() throws IOException {
        try (JournalStateStore store = JournalStateStore.open(dir)) {
            store.commit("tx1", List.of(StateWrite.put("a", bytes("1"))));
            store.commit("tx2", List.of(StateWrite.put("a", bytes("2"))));
        }
        Path journal = dir.resolve(JournalStateStore.FILE_NAME);
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 3);        // a crash in the middle of appending tx2
        }
        try (JournalStateStore store = JournalStateStore.open(dir)) {
            assertThat(store.history("a")).extracting(StateVersion::transactionId).containsExactly("tx1");
            store.commit("tx3", List.of(StateWrite.put("c", bytes("3"))));
        }
        try (JournalStateStore store = JournalStateStore.open(dir)) {
            assertThat(store.get("a")).hasValueSatisfying(v -> assertThat(new String(v, UTF_8)).isEqualTo("1"));
            assertThat(store.get("c")).isPresent();
        }
    }

    @Test
    void aDamagedRecordEndsTheReplay() throws IOException {
        try (JournalStateStore store = JournalStateStore.open(dir)) {
            store.commit("tx1", List.of(StateWrite.put("a", bytes("1"))));
            store.commit("tx2", List.of(StateWrite.put("b", bytes("2"))));
        }
        Path journal = dir.resolve(JournalStateStore.FILE_NAME);
        byte[] content = Files.readAllBytes(journal);
        content[content.length - 6] ^= 0x55;               // a flipped bit in tx2's value
        Files.write(journal, content);
        try (JournalStateStore store = JournalStateStore.open(dir)) {
            assertThat(store.get("a")).isPresent();
            assertThat(store.get("b")).isEmpty();
        }
    }

    @Test
    void aCommitWritingAKeyTwiceIsRefusedAndNotJournaled() {
        try (JournalStateStore store = JournalStateStore.open(dir)) {
            assertThatThrownBy(() -> store.commit("tx1", List.of(StateWrite.put("a", bytes("1")),
                    StateWrite.put("a", bytes("2"))))).isInstanceOf(IllegalArgumentException.class);
        }
        try (JournalStateStore store = JournalStateStore.open(dir)) {
            assertThat(store.get("a")).isEmpty();
        }
    }
}
