package dev.charter.runtime.state;

class InMemoryStateStoreTest extends StateStoreContract {

    @Override
    protected StateStore newStore() {
        return new InMemoryStateStore();
    }
}
