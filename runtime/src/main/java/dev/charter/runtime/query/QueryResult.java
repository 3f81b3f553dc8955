package dev.charter.runtime.query;

import java.util.List;
import java.util.Optional;

/**
 * What a query returned.
 *
 * @param items the results the caller may read, in the query's order
 * @param nextCursor when paging, the cursor of the next page; empty on the last page
 * @param access how the engine found candidates: {@code scan} or {@code index <type>/<index name>}
 */
public record QueryResult<T>(List<T> items, Optional<String> nextCursor, String access) {

    public QueryResult {
        items = List.copyOf(items);
    }
}
