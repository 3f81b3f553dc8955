package dev.charter.ledger.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One page of a list a node read ({@link NetworkReader}).
 *
 * @param items the items the reader may read, in Composer's JSON
 * @param nextCursor what continues the list after this page ({@link Request#after}), or null on the last page
 */
public record ReadPage(List<JsonNode> items, String nextCursor) {

    public ReadPage {
        items = List.copyOf(items);
    }

    /**
     * Which part of a list to read; the node checks the fields (docs/ledger-protocol.md).
     *
     * @param limit at most this many items, 1 to 1000
     * @param skip leave out this many first
     * @param cursor continue after the page that returned it, or null
     * @param orderBy a field to order by ({@code a.b} for a concept's field), or null for identifier order
     * @param descending reverse the order
     */
    public record Request(int limit, int skip, String cursor, String orderBy, boolean descending) {

        /** The first 100 items, in identifier order. */
        public static Request first() {
            return new Request(100, 0, null, null, false);
        }

        /** The first {@code limit} items, in identifier order. */
        public static Request first(int limit) {
            return new Request(limit, 0, null, null, false);
        }

        /** The page after the one that returned {@code nextCursor}, in the same order and of the same size. */
        public Request after(String nextCursor) {
            return new Request(limit, skip, nextCursor, orderBy, descending);
        }
    }
}
