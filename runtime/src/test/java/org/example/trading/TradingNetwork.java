package org.example.trading;

import dev.charter.runtime.json.WireFormat;
import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.resource.Relationship;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The trade network's model, wire format and sample instances, shared by the runtime's tests. */
public final class TradingNetwork {

    public static final ModelInfo MODEL = loadModel();
    public static final WireFormat WIRE = new WireFormat(MODEL, TradingNetwork.class.getClassLoader());

    private TradingNetwork() {
    }

    public static ModelInfo loadModel() {
        try (InputStream in = TradingNetwork.class.getResourceAsStream("model.json")) {
            return ModelInfo.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Trader trader(String tradeId, String firstName, String lastName) {
        Trader trader = new Trader();
        trader.setTradeId(tradeId);
        trader.setFirstName(firstName);
        trader.setLastName(lastName);
        return trader;
    }

    public static Commodity commodity(String tradingSymbol, String ownerId) {
        Commodity commodity = new Commodity();
        commodity.setTradingSymbol(tradingSymbol);
        commodity.setDescription("Test commodity");
        commodity.setMainExchange(Exchange.Euronext);
        commodity.setQuantity(72.297);
        commodity.setOwner(Relationship.of(Trader.TYPE, ownerId));
        return commodity;
    }

    public static Trade trade(String tradingSymbol, String newOwnerId) {
        Trade trade = new Trade();
        trade.setCommodity(Relationship.of(Commodity.TYPE, tradingSymbol));
        trade.setNewOwner(Relationship.of(Trader.TYPE, newOwnerId));
        return trade;
    }
}
