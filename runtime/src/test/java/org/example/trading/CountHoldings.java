package org.example.trading;

import dev.charter.runtime.resource.Relationship;

public class CountHoldings extends dev.charter.runtime.resource.Transaction {
    public static final String TYPE = "org.example.trading.CountHoldings";

    private Relationship<Trader> trader;

    public CountHoldings() {
    }

    @Override
    public String $class() {
        return TYPE;
    }

    public Relationship<Trader> getTrader() {
        return trader;
    }

    public void setTrader(Relationship<Trader> trader) {
        this.trader = trader;
    }
}
