package dev.charter.cli.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.archive.NetworkArchive;
import dev.charter.runtime.context.Submitter;
import dev.charter.runtime.json.WireFormat;
import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.resource.Resource;
import dev.charter.runtime.state.StateKeys;
import dev.charter.runtime.state.StateStore;
import dev.charter.runtime.state.StateWrite;
import dev.charter.runtime.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic workload on the {@link TradeNetwork built-in trade network}: {@code traders} traders,
 * {@code commodities} commodities, and an endless cycle of trades in which every trade changes an owner.
 * Commodity {@code c} first belongs to trader {@code c mod traders} and goes back and forth between
 * that trader and the next one; each trade is submitted by the commodity's owner at the time, the
 * seller. After {@link #cycleLength()} trades every commodity is back with its first owner, so the
 * cycle can be replayed on the same state for as long as a benchmark runs.
 */
public final class TradeWorkload {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] FIRST_NAMES = {"Jenny", "Amy", "Omar", "Lena", "Kofi", "Mei", "Ravi", "Ines"};
    private static final String[] LAST_NAMES = {"Jones", "Williams", "Haddad", "Berg", "Mensah", "Chen", "Rao", "Costa"};
    private static final String[] EXCHANGES = {"Euronext", "NYSE", "LSE", "SGX"};

    private final int traders;
    private final int commodities;

    public TradeWorkload(int traders, int commodities) {
        if (traders < 2 || commodities < 1) {
            throw new IllegalArgumentException("A trade workload needs at least 2 traders and 1 commodity, not "
                    + traders + " and " + commodities);
        }
        this.traders = traders;
        this.commodities = commodities;
    }

    public int traders() {
        return traders;
    }

    public int commodities() {
        return commodities;
    }

    /** How many trades bring every commodity back to its first owner. */
    public int cycleLength() {
        return 2 * commodities;
    }

    public static String traderId(int trader) {
        return String.format("TRADER%04d", trader);
    }

    public static String symbol(int commodity) {
        return String.format("C%05d", commodity);
    }

    /** The traders, then the commodities, in Composer's JSON, each with its first owner. */
    public List<String> resources() {
        List<String> resources = new ArrayList<>(traders + commodities);
        for (int t = 0; t < traders; t++) {
            ObjectNode trader = JSON.createObjectNode()
                    .put("$class", TradeNetwork.TRADER)
                    .put("traderId", traderId(t))
                    .put("firstName", FIRST_NAMES[t % FIRST_NAMES.length])
                    .put("lastName", LAST_NAMES[(t / FIRST_NAMES.length) % LAST_NAMES.length]);
            resources.add(write(trader));
        }
        for (int c = 0; c < commodities; c++) {
            ObjectNode commodity = JSON.createObjectNode()
                    .put("$class", TradeNetwork.COMMODITY)
                    .put("symbol", symbol(c))
                    .put("description", "Commodity " + symbol(c))
                    .put("exchange", EXCHANGES[c % EXCHANGES.length])
                    .put("quantity", 10 + (c % 90) + 0.25)
                    .put("owner", "resource:" + TradeNetwork.TRADER + "#" + traderId(firstOwner(c)));
            resources.add(write(commodity));
        }
        return resources;
    }

    /**
     * Writes the traders and commodities into {@code store} in one commit, as the network's registries
     * would store them: validated against the archive's model, in its canonical wire format. The trade
     * network has no transaction that creates them.
     */
    public void seed(NetworkArchive archive, StateStore store) {
        WireFormat wire = archive.wireFormat();
        Validator validator = new Validator(archive.model());
        List<StateWrite> writes = new ArrayList<>(traders + commodities);
        for (String json : resources()) {
            JsonNode tree = wire.readTree(json.getBytes(StandardCharsets.UTF_8));
            validator.validate(tree);
            Resource resource = wire.fromJson(tree, Resource.class);
            writes.add(StateWrite.put(StateKeys.resource(resource.$class(), resource.$identifier()), wire.toBytes(resource)));
        }
        store.commit("seed-trade-workload", writes);
    }

    /** The {@code n}-th trade of the cycle ({@code n} modulo {@link #cycleLength()}), in Composer's JSON. */
    public String trade(int n) {
        int i = Math.floorMod(n, cycleLength());
        int commodity = i % commodities;
        ObjectNode trade = JSON.createObjectNode()
                .put("$class", TradeNetwork.TRADE)
                .put("commodity", "resource:" + TradeNetwork.COMMODITY + "#" + symbol(commodity))
                .put("newOwner", "resource:" + TradeNetwork.TRADER + "#" + traderId(buyerOf(i)));
        return write(trade);
    }

    /** Who submits the {@code n}-th trade: the commodity's owner before it. */
    public Submitter seller(int n) {
        String id = traderId(sellerOf(Math.floorMod(n, cycleLength())));
        Relationship<Participant> trader = Relationship.of(TradeNetwork.TRADER, id);
        return Submitter.of(trader, "identity-" + id);
    }

    private int firstOwner(int commodity) {
        return commodity % traders;
    }

    private int secondOwner(int commodity) {
        return (commodity + 1) % traders;
    }

    /** Trades 0 … commodities-1 move each commodity to its second owner, the next ones move it back. */
    private boolean outbound(int i) {
        return i < commodities;
    }

    private int sellerOf(int i) {
        int commodity = i % commodities;
        return outbound(i) ? firstOwner(commodity) : secondOwner(commodity);
    }

    private int buyerOf(int i) {
        int commodity = i % commodities;
        return outbound(i) ? secondOwner(commodity) : firstOwner(commodity);
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree of strings and numbers cannot fail to write", e);
        }
    }
}
