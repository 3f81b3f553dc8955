package org.example.trading;

import dev.charter.runtime.resource.Relationship;

public class Trade extends dev.charter.runtime.resource.Transaction {
    public static final String TYPE = "org.example.trading.Trade";

    private Relationship<Commodity> commodity;
    private Relationship<Trader> newOwner;

    public Trade() {
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

    public Relationship<Trader> getNewOwner() {
        return newOwner;
    }

    public void setNewOwner(Relationship<Trader> newOwner) {
        this.newOwner = newOwner;
    }
}
