package org.example.trading;

import dev.charter.runtime.context.TransactionContext;
import dev.charter.runtime.contract.Contract;
import dev.charter.runtime.resource.Transaction;

/** The trade network's contract as a network archive names it: a public class with a no-argument constructor. */
public final class TradingNetworkContract implements Contract {

    private final Contract handlers = TradingContract.create();

    public TradingNetworkContract() {
    }

    @Override
    public boolean handles(String transactionType) {
        return handlers.handles(transactionType);
    }

    @Override
    public Object execute(TransactionContext context, Transaction transaction) {
        return handlers.execute(context, transaction);
    }
}
