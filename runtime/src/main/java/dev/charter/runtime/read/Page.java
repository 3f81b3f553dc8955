package dev.charter.runtime.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One page of a list.
 *
 * @param items the items the caller may read, in Composer's JSON
 * @param nextCursor what continues the list after this page, or null when this page is the last
 */
public record Page(List<JsonNode> items, String nextCursor) {
    public Page {
        items = List.copyOf(items);
    }
}
