package dev.charter.runtime.query;

/**
 * How to run a query, beyond its parameters.
 *
 * @param includeSubtypes also return instances of the selected type's subtypes (Composer returned the
 *     exact type only, which stays the default)
 * @param pageSize at most this many results per call, with a cursor for the next page; 0 for no paging
 * @param cursor the cursor a previous page returned, or null for the first page
 */
public record QueryOptions(boolean includeSubtypes, int pageSize, String cursor) {

    /** The exact type, no paging: Composer's behaviour. */
    public static final QueryOptions DEFAULT = new QueryOptions(false, 0, null);

    public QueryOptions {
        if (pageSize < 0) {
            throw new IllegalArgumentException("The page size is at least 1, or 0 for no paging: " + pageSize);
        }
    }

    /** The first page of {@code size} results. */
    public static QueryOptions page(int size) {
        return new QueryOptions(false, size, null);
    }

    /** The page after the one that returned {@code cursor}. */
    public QueryOptions after(String nextCursor) {
        return new QueryOptions(includeSubtypes, pageSize, nextCursor);
    }

    public QueryOptions withSubtypes() {
        return new QueryOptions(true, pageSize, cursor);
    }
}
