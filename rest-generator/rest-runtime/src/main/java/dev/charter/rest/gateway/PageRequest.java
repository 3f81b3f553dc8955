package dev.charter.rest.gateway;

/**
 * Which part of a list to return. Lists are in identifier order unless {@code orderBy} names a field;
 * a cursor (from {@link Page#nextCursor}) continues identifier order where the previous page ended, and
 * stays right while other clients add or remove resources, which {@code skip} does not.
 *
 * @param limit at most this many items (1 to {@link #MAX_LIMIT})
 * @param skip leave out this many items first
 * @param cursor continue after the page that returned it, or null
 * @param orderBy a field of the type to order by, or null for identifier order
 * @param descending reverse the order
 */
public record PageRequest(int limit, int skip, String cursor, String orderBy, boolean descending) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new GatewayException(Failure.INVALID, "limit must be between 1 and " + MAX_LIMIT + ", not " + limit,
                    "limit", null, null);
        }
        if (skip < 0) {
            throw new GatewayException(Failure.INVALID, "skip must not be negative, not " + skip, "skip", null, null);
        }
        if (cursor != null && (orderBy != null || descending || skip > 0)) {
            throw new GatewayException(Failure.INVALID, "A cursor continues identifier order: it cannot be combined with "
                    + "order or skip", "cursor", null, null);
        }
    }

    /** The first {@link #DEFAULT_LIMIT} items in identifier order. */
    public static PageRequest first() {
        return new PageRequest(DEFAULT_LIMIT, 0, null, null, false);
    }

    /**
     * From the REST query parameters; {@code order} is {@code field}, {@code field asc} or {@code field desc}.
     */
    public static PageRequest of(Integer limit, Integer skip, String cursor, String order) {
        String orderBy = null;
        boolean descending = false;
        if (order != null && !order.isBlank()) {
            String[] words = order.strip().split("\\s+");
            if (words.length > 2 || (words.length == 2 && !words[1].equalsIgnoreCase("asc")
                    && !words[1].equalsIgnoreCase("desc"))) {
                throw new GatewayException(Failure.INVALID, "order must be a field name, optionally followed by asc or desc,"
                        + " not '" + order + "'", "order", null, null);
            }
            orderBy = words[0];
            descending = words.length == 2 && words[1].equalsIgnoreCase("desc");
        }
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, skip == null ? 0 : skip,
                cursor == null || cursor.isEmpty() ? null : cursor, orderBy, descending);
    }
}
