package org.example.trading;

import dev.charter.runtime.resource.Relationship;

public class Commodity extends dev.charter.runtime.resource.Asset {
    public static final String TYPE = "org.example.trading.Commodity";

    private String tradingSymbol;
    private String description;
    private Relationship<Trader> owner;

    public Commodity() {
    }

    @Override
    public String $class() {
        return TYPE;
    }

    @Override
    public String $identifier() {
        return tradingSymbol;
    }

    public String getTradingSymbol() {
        return tradingSymbol;
    }

    public void setTradingSymbol(String tradingSymbol) {
        this.tradingSymbol = tradingSymbol;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Relationship<Trader> getOwner() {
        return owner;
    }

    public void setOwner(Relationship<Trader> owner) {
        this.owner = owner;
    }
}
