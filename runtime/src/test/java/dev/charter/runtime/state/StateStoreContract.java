package dev.charter.runtime.state;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** What every {@link StateStore} must do; each implementation's test extends this suite. */
abstract class StateStoreContract {

    protected abstract StateStore newStore();

    static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    @Test
    void returnsNothingForAKeyNeverWritten() {
        StateStore store = newStore();

        assertThat(store.get("a")).isEmpty();
        assertThat(store.history("a")).isEmpty();
        assertThat(store.scan("")).isEmpty();
    }

    @Test
    void returnsTheLatestValue() {
        StateStore store = newStore();
        store.put("tx1", "a", bytes("1"));
        store.put("tx2", "a", bytes("2"));

        assertThat(store.get("a")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("2")));
    }

    @Test
    void deletesAKey() {
        StateStore store = newStore();
        store.put("tx1", "a", bytes("1"));
        store.delete("tx2", "a");

        assertThat(store.get("a")).isEmpty();
        assertThat(store.scan("a")).isEmpty();
    }

    @Test
    void scansOnlyThePrefixInKeyOrder() {
        StateStore store = newStore();
        store.commit("tx1", List.of(StateWrite.put("resource/b/2", bytes("b2")), StateWrite.put("resource/a/1", bytes("a1")),
                StateWrite.put("resource/b/1", bytes("b1")), StateWrite.put("resource/bb/1", bytes("bb1")),
                StateWrite.put("transaction/1", bytes("t"))));

        assertThat(store.scan("resource/b/")).extracting(StateEntry::key).containsExactly("resource/b/1", "resource/b/2");
        assertThat(store.scan("resource/")).extracting(StateEntry::key)
                .containsExactly("resource/a/1", "resource/b/1", "resource/b/2", "resource/bb/1");
    }

    @Test
    void ordersKeysByTheirUtf8Bytes() {
        StateStore store = newStore();
        // U+FF21 (3 UTF-8 bytes) sorts before U+1F697 (4 bytes), though UTF-16 orders them the other way.
        store.commit("tx1", List.of(StateWrite.put("k/\uD83D\uDE97", bytes("car")), StateWrite.put("k/\uFF21", bytes("A")),
                StateWrite.put("k/z", bytes("z")), StateWrite.put("k/\u00E9", bytes("e"))));

        assertThat(store.scan("k/")).extracting(StateEntry::key)
                .containsExactly("k/z", "k/\u00E9", "k/\uFF21", "k/\uD83D\uDE97");
    }

    @Test
    void keepsEveryVersionWithTheTransactionThatWroteIt() {
        StateStore store = newStore();
        store.put("tx1", "a", bytes("1"));
        store.put("tx2", "a", bytes("2"));
        store.delete("tx3", "a");
        store.put("tx4", "a", bytes("4"));

        assertThat(store.history("a")).containsExactly(new StateVersion("tx1", bytes("1")),
                new StateVersion("tx2", bytes("2")), new StateVersion("tx3", null), new StateVersion("tx4", bytes("4")));
    }

    @Test
    void keepsTheValueButNoHistoryOfATransactionsRecords() {
        StateStore store = newStore();
        store.commit("tx1", List.of(StateWrite.put("resource/T/a", bytes("1")),
                StateWrite.put(StateKeys.transaction("tx1"), bytes("trade")),
                StateWrite.put(StateKeys.historian("tx1"), bytes("record"))));

        assertThat(store.history("resource/T/a")).containsExactly(new StateVersion("tx1", bytes("1")));
        assertThat(store.get(StateKeys.transaction("tx1"))).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("trade")));
        assertThat(store.get(StateKeys.historian("tx1"))).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("record")));
        assertThat(store.history(StateKeys.transaction("tx1"))).isEmpty();
        assertThat(store.history(StateKeys.historian("tx1"))).isEmpty();
    }

    @Test
    void recordsNothingForDeletingAnAbsentKey() {
        StateStore store = newStore();
        store.delete("tx1", "a");

        assertThat(store.history("a")).isEmpty();
    }

    @Test
    void rejectsACommitThatWritesAKeyTwiceAndAppliesNothing() {
        StateStore store = newStore();

        assertThatThrownBy(() -> store.commit("tx1", List.of(StateWrite.put("a", bytes("1")), StateWrite.put("b", bytes("2")),
                StateWrite.delete("a")))).hasMessage("Transaction tx1 writes key a twice");
        assertThat(store.get("b")).isEmpty();
    }

    @Test
    void readersNeverSeeHalfACommit() throws InterruptedException {
        StateStore store = newStore();
        store.commit("tx0", List.of(StateWrite.put("pair/a", bytes("0")), StateWrite.put("pair/b", bytes("0"))));
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> torn = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                while (!done.get() && torn.get() == null) {
                    List<StateEntry> pair = store.scan("pair/");
                    String a = new String(pair.get(0).value(), UTF_8);
                    String b = new String(pair.get(1).value(), UTF_8);
                    if (!a.equals(b)) {
                        torn.set(a + " / " + b);
                    }
                }
            } catch (RuntimeException e) {
                torn.set(e.toString());
            }
        });
        reader.start();
        for (int i = 1; i <= 20_000; i++) {
            byte[] value = bytes(Integer.toString(i));
            store.commit("tx" + i, List.of(StateWrite.put("pair/a", value), StateWrite.put("pair/b", value)));
        }
        done.set(true);
        reader.join();

        assertThat(torn.get()).as("a scan saw half a commit").isNull();
    }
}
