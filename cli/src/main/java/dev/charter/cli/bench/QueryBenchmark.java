package dev.charter.cli.bench;

import dev.charter.runtime.access.AccessController;
import dev.charter.runtime.access.AccessSubject;
import dev.charter.runtime.archive.NetworkArchive;
import dev.charter.runtime.json.WireFormat;
import dev.charter.runtime.query.QueryCatalog;
import dev.charter.runtime.query.QueryEngine;
import dev.charter.runtime.query.QueryOptions;
import dev.charter.runtime.query.QueryResult;
import dev.charter.runtime.registry.Registry;
import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.Resource;
import dev.charter.runtime.resource.Transaction;
import dev.charter.runtime.state.InMemoryStateStore;
import dev.charter.runtime.state.StateTransaction;
import dev.charter.runtime.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * One named query, {@code commoditiesByOwner} ({@code WHERE (owner == _$owner)}), on
 * {@value #COMMODITIES} commodities of the built-in trade network owned by {@value #TRADERS} traders
 * (so {@value #COMMODITIES} / {@value #TRADERS} results), run by the query engine with the index the
 * compiler derived from the query ({@link #indexed}) and without it, scanning every commodity
 * ({@link #scanned}). Both return the same commodities, as objects, filtered by the access controller.
 * Run by {@code charter bench query}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Threads(1)
public class QueryBenchmark {

    public static final int TRADERS = 1_000;
    public static final int COMMODITIES = 100_000;
    public static final String QUERY = "commoditiesByOwner";

    static final String QUERIES = """
            query commoditiesByOwner {
              description: "The commodities a trader owns"
              statement: SELECT dev.charter.bench.trade.Commodity WHERE (owner == _$owner)
            }
            """;

    private static final AccessSubject ADMIN = new AccessSubject() {
        @Override
        public Participant participant() {
            return null;
        }

        @Override
        public Transaction transaction() {
            return null;
        }
    };

    private NetworkArchive archive;
    private InMemoryStateStore store;
    private QueryEngine withIndex;
    private QueryEngine withoutIndex;
    private int next;

    /** Compiles the network with its query and adds the traders and commodities through their registries. */
    @Setup(Level.Trial)
    public void load() throws IOException {
        Path archiveFile = Files.createTempFile("charter-query-bench", ".cna");
        try {
            TradeNetwork.compileTo(archiveFile, Map.of("queries.qry", QUERIES));
            archive = NetworkArchive.open(archiveFile);
        } finally {
            Files.deleteIfExists(archiveFile);
        }
        withIndex = archive.queries();
        withoutIndex = new QueryEngine(archive.wireFormat(), new QueryCatalog(withIndex.catalog().queries(), List.of()));
        store = new InMemoryStateStore();
        WireFormat wire = archive.wireFormat();
        Validator validator = new Validator(archive.model());
        StateTransaction state = new StateTransaction(store);
        for (String json : new TradeWorkload(TRADERS, COMMODITIES).resources()) {
            Resource resource = wire.fromJson(wire.readTree(json.getBytes(StandardCharsets.UTF_8)), Resource.class);
            registry(resource.getClass(), state, wire, validator).add(resource);
        }
        state.commit("load");
        check();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Registry registry(Class type, StateTransaction state, WireFormat wire, Validator validator) {
        return new Registry(type, state, wire, validator, AccessController.ALLOW_ALL, ADMIN, withIndex.indexes());
    }

    /** Both ways find the same commodities, and each goes the way it is meant to. */
    private void check() {
        QueryResult<Resource> indexed = run(withIndex, 7);
        QueryResult<Resource> scanned = run(withoutIndex, 7);
        if (!indexed.access().startsWith("index") || !scanned.access().equals("scan")
                || indexed.items().size() != COMMODITIES / TRADERS
                || !indexed.items().stream().map(Resource::$identifier).toList()
                        .equals(scanned.items().stream().map(Resource::$identifier).toList())) {
            throw new IllegalStateException("The indexed and the scanned query disagree: " + indexed.access() + " found "
                    + indexed.items().size() + ", " + scanned.access() + " found " + scanned.items().size());
        }
    }

    private QueryResult<Resource> run(QueryEngine engine, int trader) {
        StateTransaction state = new StateTransaction(store);
        try {
            return engine.run(state, AccessController.ALLOW_ALL, ADMIN, QUERY,
                    Map.of("owner", TradeWorkload.traderId(trader)), QueryOptions.DEFAULT);
        } finally {
            state.discard();
        }
    }

    private int nextTrader() {
        int trader = next;
        next = (trader + 1) % TRADERS;
        return trader;
    }

    @Benchmark
    public QueryResult<Resource> indexed() {
        return run(withIndex, nextTrader());
    }

    @Benchmark
    public QueryResult<Resource> scanned() {
        return run(withoutIndex, nextTrader());
    }

    @TearDown(Level.Trial)
    public void close() {
        archive.close();
    }
}
