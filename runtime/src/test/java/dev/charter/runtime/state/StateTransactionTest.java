package dev.charter.runtime.state;

import static dev.charter.runtime.state.StateStoreContract.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StateTransactionTest {

    private final InMemoryStateStore store = new InMemoryStateStore();

    @Test
    void readsItsOwnWritesBeforeTheStoreSeesThem() {
        StateTransaction tx = new StateTransaction(store);
        tx.put("a", bytes("1"));

        assertThat(tx.get("a")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("1")));
        assertThat(store.get("a")).isEmpty();
    }

    @Test
    void readsItsOwnDeletions() {
        store.put("tx0", "a", bytes("0"));
        StateTransaction tx = new StateTransaction(store);
        tx.delete("a");

        assertThat(tx.get("a")).isEmpty();
        assertThat(tx.exists("a")).isFalse();
        assertThat(store.get("a")).isPresent();
    }

    @Test
    void keepsAnEmptyValueApartFromADeletion() {
        StateTransaction tx = new StateTransaction(store);
        tx.put("a", new byte[0]);

        assertThat(tx.get("a")).hasValueSatisfying(v -> assertThat(v).isEmpty());
    }

    @Test
    void mergesItsWritesIntoScans() {
        store.commit("tx0", List.of(StateWrite.put("r/1", bytes("s1")), StateWrite.put("r/3", bytes("s3")),
                StateWrite.put("r/5", bytes("s5")), StateWrite.put("s/1", bytes("x"))));
        StateTransaction tx = new StateTransaction(store);
        tx.put("r/2", bytes("t2"));
        tx.put("r/3", bytes("t3"));
        tx.delete("r/5");
        tx.put("r/6", bytes("t6"));
        tx.put("q/1", bytes("q"));

        assertThat(tx.scan("r/")).containsExactly(new StateEntry("r/1", bytes("s1")), new StateEntry("r/2", bytes("t2")),
                new StateEntry("r/3", bytes("t3")), new StateEntry("r/6", bytes("t6")));
        assertThat(tx.scan("s/")).containsExactly(new StateEntry("s/1", bytes("x")));
    }

    @Test
    void commitsEveryWriteTaggedWithTheTransactionId() {
        store.put("tx0", "b", bytes("0"));
        StateTransaction tx = new StateTransaction(store);
        tx.put("a", bytes("1"));
        tx.put("a", bytes("2"));
        tx.delete("b");

        tx.commit("tx1");

        assertThat(store.get("a")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("2")));
        assertThat(store.get("b")).isEmpty();
        assertThat(store.history("a")).containsExactly(new StateVersion("tx1", bytes("2")));
        assertThat(store.history("b")).containsExactly(new StateVersion("tx0", bytes("0")), new StateVersion("tx1", null));
    }

    @Test
    void discardLeavesTheStoreUntouched() {
        StateTransaction tx = new StateTransaction(store);
        tx.put("a", bytes("1"));

        tx.discard();

        assertThat(store.get("a")).isEmpty();
        assertThat(store.history("a")).isEmpty();
    }

    @Test
    void refusesUseAfterCommitOrDiscard() {
        StateTransaction committed = new StateTransaction(store);
        committed.commit("tx1");
        StateTransaction discarded = new StateTransaction(store);
        discarded.discard();

        assertThatThrownBy(() -> committed.put("a", bytes("1"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> discarded.get("a"))
                .hasMessage("The state transaction has already been committed or discarded");
        assertThatThrownBy(() -> committed.commit("tx1")).isInstanceOf(IllegalStateException.class);
    }
}
