package dev.charter.runtime.read;

/**
 * Which part of a list to read. Lists are in identifier order unless {@code orderBy} names a field (ties
 * are broken by identifier); a cursor (from {@link Page#nextCursor}) continues the list where the page
 * that returned it ended, and stays right while others add or remove items, which {@code skip} does not.
 *
 * @param limit at most this many items (1 to {@link #MAX_LIMIT})
 * @param skip leave out this many items first (ignored with a cursor, which already says where to go on)
 * @param cursor continue after the page that returned it, or null
 * @param orderBy a field of the type, {@code a.b} for a field of a concept, or null for identifier order
 * @param descending reverse the order
 */
public record PageRequest(int limit, int skip, String cursor, String orderBy, boolean descending) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    /** @throws ReadException when limit or skip is out of range */
    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ReadException(ReadException.Kind.INVALID, "limit must be between 1 and " + MAX_LIMIT + ", not "
                    + limit);
        }
        if (skip < 0) {
            throw new ReadException(ReadException.Kind.INVALID, "skip must be 0 or more, not " + skip);
        }
        cursor = cursor == null || cursor.isEmpty() ? null : cursor;
        orderBy = orderBy == null || orderBy.isBlank() ? null : orderBy.strip();
    }

    /** The first {@link #DEFAULT_LIMIT} items in identifier order. */
    public static PageRequest first() {
        return new PageRequest(DEFAULT_LIMIT, 0, null, null, false);
    }
}
