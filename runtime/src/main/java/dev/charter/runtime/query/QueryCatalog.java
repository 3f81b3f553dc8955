package dev.charter.runtime.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.model.ModelInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A network's named queries and the secondary indexes derived from them, as the compiler writes
 * them to {@code META-INF/charter/queries.json} (format in docs/queries.md).
 */
public record QueryCatalog(List<QueryPlan> queries, List<IndexDefinition> indexes) {

    /** No queries, no indexes. */
    public static final QueryCatalog EMPTY = new QueryCatalog(List.of(), List.of());

    /** The version of the {@code queries.json} format this runtime reads and writes. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public QueryCatalog {
        queries = List.copyOf(queries);
        indexes = List.copyOf(indexes);
    }

    /**
     * The queries with the indexes they call for: for each query on a concrete type, its
     * {@code ORDER BY} fields followed by the fields it compares with {@code ==} at the top level of
     * its condition (joined by AND), leaving out the fields an index cannot hold (arrays, concepts).
     * Queries that ask for the same fields share one index.
     */
    public static QueryCatalog derive(ModelInfo model, List<QueryPlan> queries) {
        Set<IndexDefinition> indexes = new LinkedHashSet<>();
        for (QueryPlan query : queries) {
            if (model.type(query.type()).map(t -> t.isAbstract() || !t.isRegistered()).orElse(true)) {
                continue;
            }
            Set<List<String>> fields = new LinkedHashSet<>(query.orderBy());
            query.where().ifPresent(where -> equalities(where, fields));
            List<List<String>> indexable = fields.stream().filter(f -> indexable(model, query.type(), f)).toList();
            if (!indexable.isEmpty()) {
                indexes.add(new IndexDefinition(query.type(), indexable));
            }
        }
        return new QueryCatalog(queries, new ArrayList<>(indexes));
    }

    public Optional<QueryPlan> query(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    private static void equalities(QueryCondition condition, Set<List<String>> fields) {
        if (condition instanceof QueryCondition.And and) {
            equalities(and.left(), fields);
            equalities(and.right(), fields);
        } else if (condition instanceof QueryCondition.Compare compare && compare.operator() == QueryCondition.Operator.EQ) {
            fields.add(compare.field());
        }
    }

    private static boolean indexable(ModelInfo model, String type, List<String> field) {
        try {
            FieldPath path = FieldPath.resolve(model, type, field);
            return !path.leaf().array() && path.kind() != ValueKind.OBJECT;
        } catch (QueryException e) {
            return false;
        }
    }

    // ---- queries.json ----

    public void write(OutputStream out) {
        ObjectNode root = NODES.objectNode();
        root.put("formatVersion", FORMAT_VERSION);
        ArrayNode queryArray = root.putArray("queries");
        for (QueryPlan query : queries) {
            ObjectNode node = queryArray.addObject();
            node.put("name", query.name());
            node.put("type", query.type());
            query.where().ifPresent(w -> node.set("where", condition(w)));
            if (!query.orderBy().isEmpty()) {
                ArrayNode order = node.putArray("orderBy");
                query.orderBy().forEach(f -> order.add(path(f)));
                node.put("descending", query.descending());
            }
            query.limit().ifPresent(v -> node.set("limit", value(v)));
            query.skip().ifPresent(v -> node.set("skip", value(v)));
        }
        ArrayNode indexArray = root.putArray("indexes");
        for (IndexDefinition index : indexes) {
            ObjectNode node = indexArray.addObject();
            node.put("type", index.type());
            ArrayNode fields = node.putArray("fields");
            index.fields().forEach(f -> fields.add(path(f)));
        }
        try {
            JSON.writeValue(out, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws IllegalArgumentException when the document is not a queries.json this runtime reads */
    public static QueryCatalog read(InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("queries.json is not JSON: " + e.getMessage(), e);
        }
        if (root == null || root.path("formatVersion").asInt() != FORMAT_VERSION) {
            throw new IllegalArgumentException("queries.json has format version " + root.path("formatVersion")
                    + "; this runtime reads version " + FORMAT_VERSION);
        }
        List<QueryPlan> queries = new ArrayList<>();
        for (JsonNode node : root.path("queries")) {
            List<List<String>> order = new ArrayList<>();
            node.path("orderBy").forEach(f -> order.add(path(f)));
            queries.add(new QueryPlan(text(node, "name"), text(node, "type"),
                    Optional.ofNullable(node.get("where")).map(QueryCatalog::condition), order,
                    node.path("descending").asBoolean(false), Optional.ofNullable(node.get("limit")).map(QueryCatalog::value),
                    Optional.ofNullable(node.get("skip")).map(QueryCatalog::value)));
        }
        List<IndexDefinition> indexes = new ArrayList<>();
        for (JsonNode node : root.path("indexes")) {
            List<List<String>> fields = new ArrayList<>();
            node.path("fields").forEach(f -> fields.add(path(f)));
            indexes.add(new IndexDefinition(text(node, "type"), fields));
        }
        return new QueryCatalog(queries, indexes);
    }

    private static JsonNode condition(QueryCondition condition) {
        ObjectNode node = NODES.objectNode();
        if (condition instanceof QueryCondition.And and) {
            node.putArray("and").add(condition(and.left())).add(condition(and.right()));
        } else if (condition instanceof QueryCondition.Or or) {
            node.putArray("or").add(condition(or.left())).add(condition(or.right()));
        } else if (condition instanceof QueryCondition.Compare compare) {
            node.set("field", path(compare.field()));
            node.put("operator", compare.operator().symbol());
            node.set("value", value(compare.value()));
        } else if (condition instanceof QueryCondition.Contains contains) {
            node.set("array", path(contains.array()));
            node.set("contains", value(contains.value()));
        } else if (condition instanceof QueryCondition.ContainsMatch match) {
            node.set("array", path(match.array()));
            node.set("containsMatch", condition(match.element()));
        }
        return node;
    }

    private static QueryCondition condition(JsonNode node) {
        if (node.has("and")) {
            return new QueryCondition.And(condition(node.get("and").get(0)), condition(node.get("and").get(1)));
        }
        if (node.has("or")) {
            return new QueryCondition.Or(condition(node.get("or").get(0)), condition(node.get("or").get(1)));
        }
        if (node.has("contains")) {
            return new QueryCondition.Contains(path(node.get("array")), value(node.get("contains")));
        }
        if (node.has("containsMatch")) {
            return new QueryCondition.ContainsMatch(path(node.get("array")), condition(node.get("containsMatch")));
        }
        String symbol = text(node, "operator");
        QueryCondition.Operator operator = java.util.Arrays.stream(QueryCondition.Operator.values())
                .filter(o -> o.symbol().equals(symbol)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("queries.json: unknown operator " + symbol));
        return new QueryCondition.Compare(path(node.get("field")), operator, value(node.get("value")));
    }

    private static JsonNode value(QueryValue value) {
        ObjectNode node = NODES.objectNode();
        if (value instanceof QueryValue.Parameter p) {
            node.put("parameter", p.name());
        } else if (value instanceof QueryValue.ListValue list) {
            ArrayNode elements = node.putArray("list");
            list.elements().forEach(e -> elements.add(value(e)));
        } else {
            Object literal = ((QueryValue.Literal) value).value();
            if (literal instanceof String s) {
                node.put("string", s);
            } else if (literal instanceof BigDecimal d) {
                node.put("number", d.toString());
            } else {
                node.put("boolean", (Boolean) literal);
            }
        }
        return node;
    }

    private static QueryValue value(JsonNode node) {
        if (node.has("parameter")) {
            return new QueryValue.Parameter(node.get("parameter").asText());
        }
        if (node.has("list")) {
            List<QueryValue> elements = new ArrayList<>();
            node.get("list").forEach(e -> elements.add(value(e)));
            return new QueryValue.ListValue(elements);
        }
        if (node.has("string")) {
            return new QueryValue.Literal(node.get("string").asText());
        }
        if (node.has("number")) {
            return new QueryValue.Literal(new BigDecimal(node.get("number").asText()));
        }
        if (node.has("boolean")) {
            return new QueryValue.Literal(node.get("boolean").asBoolean());
        }
        throw new IllegalArgumentException("queries.json: not a query value: " + node);
    }

    private static ArrayNode path(List<String> names) {
        ArrayNode node = NODES.arrayNode();
        names.forEach(node::add);
        return node;
    }

    private static List<String> path(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.forEach(n -> names.add(n.asText()));
        return names;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("queries.json: " + field + " missing in " + node);
        }
        return value.textValue();
    }

    /** The queries by name, for callers that look many up. */
    Map<String, QueryPlan> byName() {
        Map<String, QueryPlan> byName = new LinkedHashMap<>();
        queries.forEach(q -> byName.putIfAbsent(q.name(), q));
        return byName;
    }
}
