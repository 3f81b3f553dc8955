package dev.charter.runtime.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.access.AccessController;
import dev.charter.runtime.access.AccessOperation;
import dev.charter.runtime.access.AccessSubject;
import dev.charter.runtime.json.WireFormat;
import dev.charter.runtime.model.TypeInfo;
import dev.charter.runtime.resource.HistorianRecord;
import dev.charter.runtime.resource.Resource;
import dev.charter.runtime.state.KeyOrder;
import dev.charter.runtime.state.StateEntry;
import dev.charter.runtime.state.StateKeys;
import dev.charter.runtime.state.StateTransaction;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs query plans over the state a transaction sees (its own writes included), with Composer's
 * semantics: the selected type only (subtypes on request), comparisons in the order of the field's
 * type ({@link ValueKind}), absent fields matching no comparison, relationships compared with
 * resources, relationships or identifiers. Results the subject may not READ are left out before
 * SKIP, LIMIT and paging count them. Ties in {@code ORDER BY} are broken by identifier (then type),
 * so every node returns the same order.
 *
 * <p>Candidates come from a secondary index when one fits the query (its leading fields are compared
 * with {@code ==}, or it is ordered as the query is), else from a scan of the type's resources.
 * Thread-safe.
 */
public final class QueryEngine {

    private static final ObjectMapper CURSOR_JSON = new ObjectMapper();

    private final WireFormat wire;
    private final QueryCatalog catalog;
    private final Map<String, QueryPlan> byName;
    private final Indexes indexes;

    /** @throws QueryException when an index names a field that does not exist */
    public QueryEngine(WireFormat wire, QueryCatalog catalog) {
        this.wire = wire;
        this.catalog = catalog;
        this.byName = catalog.byName();
        this.indexes = Indexes.of(wire.model(), catalog.indexes());
    }

    public QueryCatalog catalog() {
        return catalog;
    }

    /** The indexes registries must keep up to date. */
    public Indexes indexes() {
        return indexes;
    }

    /**
     * Runs a named query.
     *
     * @throws QueryException when there is no such query or it cannot run with these parameters
     */
    public QueryResult<Resource> run(StateTransaction state, AccessController access, AccessSubject subject,
            String query, Map<String, ?> parameters, QueryOptions options) {
        QueryPlan plan = byName.get(query);
        if (plan == null) {
            throw new QueryException("No query named " + query);
        }
        return run(state, access, subject, plan, parameters, options);
    }

    /** Runs a plan (a named query's or an ad-hoc one). */
    public QueryResult<Resource> run(StateTransaction state, AccessController access, AccessSubject subject,
            QueryPlan plan, Map<String, ?> parameters, QueryOptions options) {
        Predicate.Parameters bound = new Predicate.Parameters(plan.name(), parameters);
        TypeInfo selected = wire.model().type(plan.type()).orElseThrow(() ->
                new QueryException("Query " + plan.name() + " selects " + plan.type() + ", which is not a type of the network"));
        Predicate where = plan.where().map(w -> Predicate.bind(wire.model(), plan.type(), w, bound)).orElse(null);
        List<FieldPath> order = plan.orderBy().stream().map(f -> FieldPath.resolve(wire.model(), plan.type(), f)).toList();
        int limit = plan.limit().map(v -> count(bound, v, "LIMIT")).orElse(Integer.MAX_VALUE);
        Cursor cursor = options.cursor() == null ? null : Cursor.decode(options.cursor(), plan.name());
        int skip = cursor != null ? 0 : plan.skip().map(v -> count(bound, v, "SKIP")).orElse(0);
        int returned = cursor == null ? 0 : cursor.returned();
        int wanted = Math.max(0, limit - returned);
        if (options.pageSize() > 0) {
            wanted = Math.min(wanted, options.pageSize());
        }
        Comparator<String> direction = plan.descending() ? KeyOrder.UTF8.reversed() : KeyOrder.UTF8;

        Candidates candidates = options.includeSubtypes() ? null : fromIndex(state, selected, where, order, plan.descending());
        String accessPath = candidates == null ? "scan" : "index " + candidates.index.definition().type() + "/"
                + candidates.index.definition().name();
        boolean ordered = candidates != null && candidates.ordered;
        long enough = (long) skip + wanted + 1;
        List<Match> matches = new ArrayList<>();
        if (wanted > 0) {
            List<TypeInfo> types = options.includeSubtypes() ? wire.model().concreteSubtypes(selected.qualifiedName())
                    : selected.isAbstract() ? List.of() : List.of(selected);
            for (TypeInfo type : types) {
                Class<?> javaClass = wire.types().javaClass(type.qualifiedName());
                // Transactions of every type are kept under transaction/<id> (their $class tells them apart),
                // historian records under historian/<id>.
                boolean transaction = type.kind() == TypeInfo.Kind.TRANSACTION;
                String prefix = transaction ? StateKeys.transaction("")
                        : type.qualifiedName().equals(HistorianRecord.TYPE) ? StateKeys.historian("")
                        : StateKeys.resourcePrefix(type.qualifiedName());
                Iterable<StateEntry> entries = candidates != null ? candidates.entries : state.scan(prefix);
                int idStart = prefix.length();
                for (StateEntry entry : entries) {
                    JsonNode json = wire.readTree(entry.value());
                    if ((transaction && !type.qualifiedName().equals(json.path("$class").asText()))
                            || (where != null && !where.test(json))) {
                        continue;
                    }
                    String key = sortKey(order, json, entry.key().substring(idStart), type.qualifiedName());
                    if (cursor != null && direction.compare(key, cursor.after()) <= 0) {
                        continue;
                    }
                    Resource resource = (Resource) wire.fromJson(json, javaClass);
                    if (!access.allows(AccessOperation.READ, subject, resource)) {
                        continue;
                    }
                    matches.add(new Match(key, resource));
                    if (ordered && matches.size() >= enough) {
                        break;
                    }
                }
            }
        }
        if (!ordered) {
            matches.sort(Comparator.comparing(Match::key, direction));
        }
        List<Match> page = matches.subList(Math.min(skip, matches.size()),
                (int) Math.min(matches.size(), (long) skip + wanted));
        boolean more = matches.size() > (long) skip + wanted && (long) returned + wanted < limit;
        Optional<String> next = options.pageSize() > 0 && more && !page.isEmpty()
                ? Optional.of(new Cursor(plan.name(), page.get(page.size() - 1).key(), returned + page.size()).encode())
                : Optional.empty();
        return new QueryResult<>(page.stream().map(Match::resource).toList(), next, accessPath);
    }

    private record Match(String key, Resource resource) {
    }

    /** Where candidates come from when an index serves the query: resource entries in index order. */
    private record Candidates(Indexes.Index index, List<StateEntry> entries, boolean ordered) {
    }

    private Candidates fromIndex(StateTransaction state, TypeInfo type, Predicate where, List<FieldPath> order,
            boolean descending) {
        Map<String, String> equal = new HashMap<>();
        collectEqualities(where, equal);
        Indexes.Index best = null;
        int bestBound = 0;
        boolean bestOrdered = false;
        for (Indexes.Index index : indexes.of(type.qualifiedName())) {
            List<FieldPath> fields = index.fields();
            int bound = 0;
            while (bound < fields.size() && equal.containsKey(fields.get(bound).text())) {
                bound++;
            }
            boolean ordered = servesOrder(fields, order, equal);
            if (bound > bestBound || (bound == bestBound && ordered && !bestOrdered)) {
                best = index;
                bestBound = bound;
                bestOrdered = ordered;
            }
        }
        if (best == null || (bestBound == 0 && !bestOrdered)) {
            return null;
        }
        StringBuilder prefix = new StringBuilder(best.definition().keyPrefix());
        for (int i = 0; i < bestBound; i++) {
            prefix.append(ValueKind.PRESENT).append(equal.get(best.fields().get(i).text()));
        }
        String resourcePrefix = StateKeys.resourcePrefix(type.qualifiedName());
        List<StateEntry> entries = new ArrayList<>();
        for (StateEntry entry : state.scan(prefix.toString())) {
            String key = entry.key();
            int at = prefix.length();
            boolean matches = true;
            for (int i = bestBound; i < best.fields().size() && matches; i++) {
                FieldPath field = best.fields().get(i);
                int end = field.kind().skip(key, at);
                String wanted = equal.get(field.text());
                matches = wanted == null || (key.charAt(at) == ValueKind.PRESENT && key.regionMatches(at + 1, wanted, 0,
                        wanted.length()) && at + 1 + wanted.length() == end);
                at = end;
            }
            if (matches) {
                String resourceKey = resourcePrefix + key.substring(at);
                state.get(resourceKey).ifPresent(json -> entries.add(new StateEntry(resourceKey, json)));
            }
        }
        if (descending) {
            Collections.reverse(entries);
        }
        return new Candidates(best, entries, bestOrdered);
    }

    /** The index order is the query's: ORDER BY fields first, every other field fixed by {@code ==}. */
    private static boolean servesOrder(List<FieldPath> fields, List<FieldPath> order, Map<String, String> equal) {
        if (order.isEmpty() || fields.size() < order.size()) {
            return false;
        }
        for (int i = 0; i < fields.size(); i++) {
            boolean fits = i < order.size() ? fields.get(i).text().equals(order.get(i).text())
                    : equal.containsKey(fields.get(i).text());
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    private static void collectEqualities(Predicate predicate, Map<String, String> equal) {
        if (predicate instanceof Predicate.And and) {
            collectEqualities(and.left(), equal);
            collectEqualities(and.right(), equal);
        } else if (predicate instanceof Predicate.Compare compare && !compare.idOnly()
                && compare.operator() == QueryCondition.Operator.EQ) {
            equal.putIfAbsent(compare.field().text(), compare.encoded());
        }
    }

    /** The ORDER BY fields' components, then the identifier and type: a total, deterministic order. */
    private static String sortKey(List<FieldPath> order, JsonNode json, String id, String type) {
        StringBuilder key = new StringBuilder();
        for (FieldPath field : order) {
            field.kind().appendComponent(key, field.read(json));
        }
        return key.append(ValueKind.string(id)).append(type).toString();
    }

    private static int count(Predicate.Parameters parameters, QueryValue value, String clause) {
        Object given = parameters.value(value);
        BigDecimal number;
        if (given instanceof BigDecimal d) {
            number = d;
        } else if (given instanceof Integer || given instanceof Long) {
            number = BigDecimal.valueOf(((Number) given).longValue());
        } else {
            number = null;
        }
        if (number == null || number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
            throw new QueryException(clause + " of query " + parameters.query() + " must be a whole number of at least 0, not "
                    + Predicate.Parameters.describe(given));
        }
        return number.min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue();
    }

    /** Where the previous page ended: its last sort key and how many results were returned so far. */
    private record Cursor(String query, String after, int returned) {

        String encode() {
            ObjectNode node = CURSOR_JSON.createObjectNode().put("query", query).put("after", after).put("returned", returned);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String token, String query) {
            JsonNode node;
            try {
                node = CURSOR_JSON.readTree(Base64.getUrlDecoder().decode(token));
            } catch (IllegalArgumentException | IOException e) {
                node = null;
            }
            if (node == null || !node.path("after").isTextual() || !node.path("returned").canConvertToInt()) {
                throw new QueryException("The cursor " + token + " is not one a query returned");
            }
            if (!query.equals(node.path("query").asText())) {
                throw new QueryException("The cursor was returned by query " + node.path("query").asText() + ", not by " + query);
            }
            return new Cursor(query, node.get("after").textValue(), node.get("returned").intValue());
        }
    }
}
