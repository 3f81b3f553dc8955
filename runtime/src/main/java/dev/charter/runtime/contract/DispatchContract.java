package dev.charter.runtime.contract;

import dev.charter.runtime.context.TransactionContext;
import dev.charter.runtime.resource.Transaction;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link Contract} made of handlers registered by exact transaction type, so generated contracts
 * need no dispatch code of their own:
 * <pre>{@code
 * DispatchContract.builder()
 *         .on(Trade.TYPE, Trade.class, TradeLogic::trade)
 *         .returning(CountHoldings.TYPE, CountHoldings.class, TradeLogic::countHoldings)
 *         .build();
 * }</pre>
 */
public final class DispatchContract implements Contract {

    /** A handler of a transaction that returns nothing. */
    @FunctionalInterface
    public interface Handler<T extends Transaction> {
        void handle(TransactionContext context, T transaction);
    }

    /** A handler of a {@code @returns} transaction. */
    @FunctionalInterface
    public interface ReturningHandler<T extends Transaction> {
        Object handle(TransactionContext context, T transaction);
    }

    private final Map<String, Entry<?>> handlers;

    private DispatchContract(Map<String, Entry<?>> handlers) {
        this.handlers = Map.copyOf(handlers);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean handles(String transactionType) {
        return handlers.containsKey(transactionType);
    }

    @Override
    public Object execute(TransactionContext context, Transaction transaction) {
        Entry<?> entry = handlers.get(transaction.$class());
        if (entry == null) {
            throw new IllegalArgumentException("No handler for transaction type " + transaction.$class());
        }
        return entry.run(context, transaction);
    }

    private record Entry<T extends Transaction>(Class<T> javaClass, ReturningHandler<T> handler) {
        Object run(TransactionContext context, Transaction transaction) {
            return handler.handle(context, javaClass.cast(transaction));
        }
    }

    /** Collects one handler per transaction type. */
    public static final class Builder {
        private final Map<String, Entry<?>> handlers = new HashMap<>();

        private Builder() {
        }

        public <T extends Transaction> Builder on(String transactionType, Class<T> javaClass, Handler<T> handler) {
            return returning(transactionType, javaClass, (context, transaction) -> {
                handler.handle(context, transaction);
                return null;
            });
        }

        public <T extends Transaction> Builder returning(String transactionType, Class<T> javaClass,
                ReturningHandler<T> handler) {
            if (handlers.putIfAbsent(transactionType, new Entry<>(javaClass, handler)) != null) {
                throw new IllegalArgumentException("Transaction type " + transactionType + " has two handlers");
            }
            return this;
        }

        public DispatchContract build() {
            return new DispatchContract(handlers);
        }
    }
}
