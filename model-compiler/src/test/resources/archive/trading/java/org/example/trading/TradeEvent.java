package org.example.trading;

import dev.charter.runtime.resource.Relationship;

public class TradeEvent extends dev.charter.runtime.resource.Event {
    public static final String TYPE = "org.example.trading.TradeEvent";

    private Relationship<Commodity> commodity;
    private Relationship<Trader> oldOwner;
    private Relationship<Trader> newOwner;

    public TradeEvent() {
    }

    @Override
    public String $class() {
        return TYPE;
    }

    public Relationship<Commodity> getCommodity() {
        return commodity;
    }

    public void setCommodity(Relationship<Commodity> commodity) {
        this.commodity = commodity;
    }

    public Relationship<Trader> getOldOwner() {
        return oldOwner;
    }

    public void setOldOwner(Relationship<Trader> oldOwner) {
        this.oldOwner = oldOwner;
    }

    public Relationship<Trader> getNewOwner() {
        return newOwner;
    }

    public void setNewOwner(Relationship<Trader> newOwner) {
        this.newOwner = newOwner;
    }
}
