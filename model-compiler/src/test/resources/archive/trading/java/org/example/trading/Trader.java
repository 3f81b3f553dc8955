package org.example.trading;

public class Trader extends dev.charter.runtime.resource.Participant {
    public static final String TYPE = "org.example.trading.Trader";

    private String tradeId;
    private String name;

    public Trader() {
    }

    @Override
    public String $class() {
        return TYPE;
    }

    @Override
    public String $identifier() {
        return tradeId;
    }

    public String getTradeId() {
        return tradeId;
    }

    public void setTradeId(String tradeId) {
        this.tradeId = tradeId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
