package dev.charter.runtime.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a query asks for, ready to run: the selected type, the condition, the order and paging.
 * The compiler writes the plans of a network's named queries to {@code META-INF/charter/queries.json};
 * ad-hoc queries are planned at run time.
 *
 * @param name the query's name (ad-hoc queries have one too, for messages and cursors)
 * @param type the qualified name of the selected asset, participant, transaction or event type
 * @param where the condition, if any
 * @param orderBy the {@code ORDER BY} fields, in priority order
 * @param descending true for {@code DESC} (Composer sorts every field in one direction)
 * @param limit {@code LIMIT}: a number literal or a parameter
 * @param skip {@code SKIP}: a number literal or a parameter
 */
public record QueryPlan(String name, String type, Optional<QueryCondition> where, List<List<String>> orderBy,
        boolean descending, Optional<QueryValue> limit, Optional<QueryValue> skip) {

    public QueryPlan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        orderBy = orderBy.stream().map(List::copyOf).toList();
    }
}
