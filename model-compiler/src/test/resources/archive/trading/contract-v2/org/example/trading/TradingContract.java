package org.example.trading;

import dev.charter.runtime.context.TransactionContext;
import dev.charter.runtime.contract.Contract;
import dev.charter.runtime.contract.DispatchContract;
import dev.charter.runtime.contract.LogicFailure;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.resource.Transaction;

/** The trade network's logic, version 2: the owner changes and the description records the trade. */
public final class TradingContract implements Contract {

    private final Contract handlers = DispatchContract.builder()
            .on(Trade.TYPE, Trade.class, TradingContract::trade)
            .build();

    public TradingContract() {
    }

    @Override
    public boolean handles(String transactionType) {
        return handlers.handles(transactionType);
    }

    @Override
    public Object execute(TransactionContext context, Transaction transaction) {
        return handlers.execute(context, transaction);
    }

    static void trade(TransactionContext ctx, Trade trade) {
        Commodity commodity = ctx.resolve(trade.getCommodity(), trade, "commodity");
        Trader newOwner = ctx.resolve(trade.getNewOwner(), trade, "newOwner");
        if (commodity.getOwner().pointsTo(newOwner)) {
            throw new LogicFailure("The new owner already owns this commodity");
        }
        Relationship<Trader> oldOwner = commodity.getOwner();
        commodity.setOwner(Relationship.to(newOwner));
        commodity.setDescription(commodity.getDescription() + ", traded to " + newOwner.getName());
        ctx.update(commodity);
        TradeEvent event = new TradeEvent();
        event.setCommodity(Relationship.to(commodity));
        event.setOldOwner(oldOwner);
        event.setNewOwner(trade.getNewOwner());
        ctx.emit(event);
    }
}
