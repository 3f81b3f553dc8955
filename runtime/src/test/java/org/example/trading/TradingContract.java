package org.example.trading;

import dev.charter.runtime.context.TransactionContext;
import dev.charter.runtime.contract.DispatchContract;
import dev.charter.runtime.contract.LogicFailure;
import dev.charter.runtime.resource.Relationship;

/** The trade network's logic, written the way the logic compiler will write it. */
public final class TradingContract {

    private TradingContract() {
    }

    public static DispatchContract create() {
        return DispatchContract.builder()
                .on(Trade.TYPE, Trade.class, TradingContract::trade)
                .returning(CountHoldings.TYPE, CountHoldings.class, TradingContract::countHoldings)
                .build();
    }

    /**
     * <pre>
     * on Trade(trade) {
     *     require trade.commodity.owner != trade.newOwner else "The new owner already owns this commodity"
     *     let oldOwner = trade.commodity.owner
     *     trade.commodity.owner = trade.newOwner
     *     update trade.commodity
     *     emit TradeEvent { commodity: trade.commodity, oldOwner: oldOwner, newOwner: trade.newOwner }
     * }
     * </pre>
     */
    static void trade(TransactionContext ctx, Trade trade) {
        Commodity commodity = ctx.resolve(trade.getCommodity(), trade, "commodity");
        Trader newOwner = ctx.resolve(trade.getNewOwner(), trade, "newOwner");
        if (commodity.getOwner().pointsTo(newOwner)) {
            throw new LogicFailure("The new owner already owns this commodity");
        }
        Relationship<Trader> oldOwner = commodity.getOwner();
        commodity.setOwner(Relationship.to(newOwner));
        ctx.update(commodity);
        TradeEvent event = new TradeEvent();
        event.setCommodity(Relationship.to(commodity));
        event.setOldOwner(oldOwner);
        event.setNewOwner(trade.getNewOwner());
        ctx.emit(event);
    }

    /** {@code on CountHoldings(tx) { return size of commodities whose owner is tx.trader }}. */
    static Object countHoldings(TransactionContext ctx, CountHoldings tx) {
        int count = 0;
        for (Commodity commodity : ctx.registry(Commodity.class).getAll()) {
            if (commodity.getOwner().equals(tx.getTrader())) {
                count++;
            }
        }
        return count;
    }
}
