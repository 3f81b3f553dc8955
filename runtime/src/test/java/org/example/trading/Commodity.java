package org.example.trading;

import dev.charter.runtime.resource.Relationship;
import java.util.List;

public class Commodity extends dev.charter.runtime.resource.Asset {
    public static final String TYPE = "org.example.trading.Commodity";

    private String tradingSymbol;
    private String description;
    private Exchange mainExchange;
    private Double quantity;
    private Relationship<Trader> owner;
    private List<String> tags;
    private Integer lots;
    private Long volume;
    private Location storedAt;
    private List<Relationship<Trader>> watchers;

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

    public Exchange getMainExchange() {
        return mainExchange;
    }

    public void setMainExchange(Exchange mainExchange) {
        this.mainExchange = mainExchange;
    }

    public Double getQuantity() {
        return quantity;
    }

    public void setQuantity(Double quantity) {
        this.quantity = quantity;
    }

    public Relationship<Trader> getOwner() {
        return owner;
    }

    public void setOwner(Relationship<Trader> owner) {
        this.owner = owner;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
    }

    public Integer getLots() {
        return lots;
    }

    public void setLots(Integer lots) {
        this.lots = lots;
    }

    public Long getVolume() {
        return volume;
    }

    public void setVolume(Long volume) {
        this.volume = volume;
    }

    public Location getStoredAt() {
        return storedAt;
    }

    public void setStoredAt(Location storedAt) {
        this.storedAt = storedAt;
    }

    public List<Relationship<Trader>> getWatchers() {
        return watchers;
    }

    public void setWatchers(List<Relationship<Trader>> watchers) {
        this.watchers = watchers;
    }
}
