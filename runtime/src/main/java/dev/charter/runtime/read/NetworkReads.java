package dev.charter.runtime.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.access.AccessController;
import dev.charter.runtime.access.AccessOperation;
import dev.charter.runtime.archive.NetworkArchive;
import dev.charter.runtime.context.Submitter;
import dev.charter.runtime.context.TransactionContext;
import dev.charter.runtime.json.IsoTime;
import dev.charter.runtime.json.WireFormat;
import dev.charter.runtime.model.TypeInfo;
import dev.charter.runtime.query.QueryEngine;
import dev.charter.runtime.query.QueryOptions;
import dev.charter.runtime.query.QueryPlan;
import dev.charter.runtime.query.QueryResult;
import dev.charter.runtime.query.QueryValue;
import dev.charter.runtime.query.TextParameters;
import dev.charter.runtime.query.adhoc.AdHocQuery;
import dev.charter.runtime.query.adhoc.AdHocQueryException;
import dev.charter.runtime.query.adhoc.QueryProblem;
import dev.charter.runtime.resource.HistorianRecord;
import dev.charter.runtime.resource.Resource;
import dev.charter.runtime.state.StateKeys;
import dev.charter.runtime.state.StateStore;
import dev.charter.runtime.state.StateTransaction;
import dev.charter.runtime.state.StateVersion;
import dev.charter.runtime.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads of a network's state as one caller, under the network's access rules (READ), as Fabric's
 * "evaluate" does: what a ledger node answers a signed read with, and what any other host of a network
 * (the REST layer) can answer with the same semantics.
 *
 * <p>Every read runs in a {@link TransactionContext} on the current state that is never committed, with
 * the caller as its submitter, so rules whose conditions follow relationships can read them. A single
 * item the rules do not let the caller read is refused ({@link dev.charter.runtime.access.AccessDeniedException},
 * Composer's message); lists leave such items out before paging counts them. Lists are paged by the
 * runtime's {@link QueryEngine}: identifier order, or a field's, with cursors.
 *
 * <p>Failures: {@link ReadException} (no such type or query; a request that does not fit),
 * {@link dev.charter.runtime.query.QueryException} (a parameter or cursor that does not fit),
 * {@link dev.charter.runtime.access.AccessDeniedException}, and, for a caller whose participant does not
 * exist, {@link dev.charter.runtime.context.DanglingRelationshipException}. Thread-safe when the store is.
 */
public final class NetworkReads {

    /** The name ad-hoc statements go by in messages and cursors. */
    public static final String AD_HOC = "adhoc";

    private final WireFormat wire;
    private final Validator validator;
    private final AccessController access;
    private final QueryEngine queries;
    private final StateStore store;

    public NetworkReads(WireFormat wire, AccessController access, QueryEngine queries, StateStore store) {
        this(wire, new Validator(wire.model()), access, queries, store);
    }

    private NetworkReads(WireFormat wire, Validator validator, AccessController access, QueryEngine queries,
            StateStore store) {
        this.wire = wire;
        this.validator = validator;
        this.access = access;
        this.queries = queries;
        this.store = store;
    }

    /** The same reads of another store, such as a snapshot of this one, so that a read sees one moment's state. */
    public NetworkReads on(StateStore state) {
        return new NetworkReads(wire, validator, access, queries, state);
    }

    /** Reads of {@code store} with the archive's types, access rules and named queries. */
    public static NetworkReads of(NetworkArchive archive, StateStore store) {
        return new NetworkReads(archive.wireFormat(), archive.accessController(), archive.queries(), store);
    }

    /** An asset or participant of a concrete type; empty when there is none with that id. */
    public Optional<JsonNode> resource(Submitter caller, String type, String id) {
        registered(type);
        TransactionContext context = as(caller);
        return store.get(StateKeys.resource(type, id)).map(json -> readable(context, json));
    }

    /** Assets or participants of exactly {@code type}, one page. */
    public Page resources(Submitter caller, String type, PageRequest page) {
        registered(type);
        return run(caller, list(type, page), Map.of(), page);
    }

    /**
     * Every version of an asset or participant the caller may read, oldest first; empty when it never
     * existed. The latest version decides whether the caller may read the history at all.
     */
    public List<Version> history(Submitter caller, String type, String id) {
        registered(type);
        TransactionContext context = as(caller);
        List<StateVersion> versions = store.history(StateKeys.resource(type, id));
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (versions.get(i).value() != null) {
                readable(context, versions.get(i).value()); // the latest value decides
                break;
            }
        }
        List<Version> readable = new ArrayList<>(versions.size());
        for (StateVersion version : versions) {
            if (version.value() != null
                    && !access.allows(AccessOperation.READ, context, resource(version.value()))) {
                continue;
            }
            JsonNode value = version.value() == null ? null : wire.readTree(version.value());
            // what the historian says of the transaction that wrote the version: part of the resource's history,
            // so it is read under the resource's rules, not those of HistorianRecord
            JsonNode record = store.get(StateKeys.historian(version.transactionId())).map(wire::readTree).orElse(null);
            readable.add(new Version(version.transactionId(),
                    record == null ? null : record.path("transactionType").asText(null),
                    record == null ? null : IsoTime.parse(record.path("transactionTimestamp").asText()), value));
        }
        return readable;
    }

    /** A committed transaction of a concrete transaction type, as submitted; empty when there is none. */
    public Optional<JsonNode> transaction(Submitter caller, String type, String id) {
        transactionType(type);
        TransactionContext context = as(caller);
        return store.get(StateKeys.transaction(id)).filter(json -> wire.readTree(json).path("$class").asText()
                .equals(type)).map(json -> readable(context, json));
    }

    /** Committed transactions of exactly {@code type}, one page. */
    public Page transactions(Submitter caller, String type, PageRequest page) {
        transactionType(type);
        return run(caller, list(type, page), Map.of(), page);
    }

    /** The historian record of a committed transaction; empty when there is none. */
    public Optional<JsonNode> historianRecord(Submitter caller, String transactionId) {
        TransactionContext context = as(caller);
        return store.get(StateKeys.historian(transactionId)).map(json -> readable(context, json));
    }

    /** Historian records, one page. */
    public Page historian(Submitter caller, PageRequest page) {
        return run(caller, list(HistorianRecord.TYPE, page), Map.of(), page);
    }

    /**
     * A named query of the network's {@code queries.qry}, one page; parameter values are text, converted
     * by the fields they are compared with ({@link TextParameters}). The query orders itself, so the page
     * may not ask for an order; its {@code skip} applies to a query without {@code SKIP}.
     */
    public Page query(Submitter caller, String name, Map<String, String> parameters, PageRequest page) {
        QueryPlan plan = queries.catalog().query(name).orElseThrow(() -> new ReadException(ReadException.Kind.NOT_FOUND,
                "The network has no query named " + name + (queries.catalog().queries().isEmpty() ? ": it has no queries"
                        : "; it has " + String.join(", ", queries.catalog().queries().stream().map(QueryPlan::name).toList()))));
        if (page.orderBy() != null || page.descending()) {
            throw new ReadException(ReadException.Kind.INVALID, "Query " + name + " orders its results itself (ORDER BY):"
                    + " a page of it takes no orderBy or descending");
        }
        if (page.skip() > 0) {
            if (plan.skip().isPresent()) {
                throw new ReadException(ReadException.Kind.INVALID, "Query " + name + " has its own SKIP: a page of it"
                        + " takes no skip");
            }
            plan = new QueryPlan(plan.name(), plan.type(), plan.where(), plan.orderBy(), plan.descending(), plan.limit(),
                    skip(page));
        }
        return run(caller, plan, TextParameters.convert(wire.model(), plan, parameters), page);
    }

    /**
     * An ad-hoc {@code SELECT type WHERE (condition)} ({@link AdHocQuery}), one page, ordered by the page's
     * {@code orderBy}; an empty condition selects every instance.
     *
     * @throws ReadException naming the statement and each of its problems (line and column in the statement), on
     *     one line, when it does not parse or check
     */
    public Page where(Submitter caller, String type, String condition, Map<String, String> parameters,
            PageRequest page) {
        known(type);
        StringBuilder statement = new StringBuilder("SELECT ").append(type);
        if (condition != null && !condition.isBlank()) {
            statement.append(" WHERE (").append(condition).append(')');
        }
        if (page.orderBy() != null) {
            statement.append(" ORDER BY ").append(page.orderBy()).append(page.descending() ? " DESC" : " ASC");
        } else if (page.descending()) {
            throw new ReadException(ReadException.Kind.INVALID, "descending needs orderBy: the field to order by");
        }
        if (page.skip() > 0) {
            statement.append(" SKIP ").append(page.skip());
        }
        QueryPlan plan;
        try {
            plan = AdHocQuery.plan(AD_HOC, statement.toString(), wire.model());
        } catch (AdHocQueryException e) {
            throw new ReadException(ReadException.Kind.INVALID, "The statement " + statement + " cannot run: "
                    + e.problems().stream().map(QueryProblem::render).collect(Collectors.joining("; ")));
        }
        return run(caller, plan, TextParameters.convert(wire.model(), plan, parameters), page);
    }

    private Page run(Submitter caller, QueryPlan plan, Map<String, ?> parameters, PageRequest page) {
        QueryResult<Resource> result = as(caller).query(plan, parameters, new QueryOptions(false, page.limit(),
                page.cursor()));
        return new Page(result.items().stream().map(wire::toJson).toList(), result.nextCursor().orElse(null));
    }

    /** The plan of a list: the type, in the page's order; named after both so that a cursor fits only its list. */
    private static QueryPlan list(String type, PageRequest page) {
        List<List<String>> order = page.orderBy() == null ? List.of() : List.of(Arrays.asList(page.orderBy().split("\\.")));
        String name = type + (page.orderBy() == null ? "" : " by " + page.orderBy()) + (page.descending() ? " desc" : "");
        return new QueryPlan(name, type, Optional.empty(), order, page.descending(), Optional.empty(), skip(page));
    }

    private static Optional<QueryValue> skip(PageRequest page) {
        return page.skip() > 0 ? Optional.of(new QueryValue.Literal(BigDecimal.valueOf(page.skip()))) : Optional.empty();
    }

    /**
     * The caller as the access rules see it outside any transaction: a context on the current state that is
     * never committed.
     */
    private TransactionContext as(Submitter caller) {
        TransactionContext context = new TransactionContext(wire, validator, access, new StateTransaction(store), null,
                caller, queries);
        context.participant(); // the caller's participant must exist
        return context;
    }

    private JsonNode readable(TransactionContext context, byte[] json) {
        access.checkRead(context, resource(json));
        return wire.readTree(json);
    }

    private Resource resource(byte[] json) {
        return wire.fromBytes(json, Resource.class);
    }

    private TypeInfo known(String type) {
        return wire.model().type(type).orElseThrow(() -> new ReadException(ReadException.Kind.NOT_FOUND,
                "The network has no type " + type + " (name it with its namespace, e.g. org.example.Asset)"));
    }

    private void registered(String type) {
        TypeInfo info = known(type);
        if (!info.isRegistered() || info.isAbstract()) {
            throw new ReadException(ReadException.Kind.INVALID, type + " is not a concrete asset or participant type");
        }
    }

    private void transactionType(String type) {
        TypeInfo info = known(type);
        if (info.kind() != TypeInfo.Kind.TRANSACTION || info.isAbstract()) {
            throw new ReadException(ReadException.Kind.INVALID, type + " is not a concrete transaction type");
        }
    }
}
