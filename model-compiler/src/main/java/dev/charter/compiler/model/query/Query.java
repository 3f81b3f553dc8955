package dev.charter.compiler.model.query;

import dev.charter.compiler.diagnostic.SourceLocation;

/**
 * A named query that transaction logic and the REST API can run.
 *
 * @param location where the query's name is written
 */
public record Query(String name, SourceLocation location, String description, Select select) {
}
