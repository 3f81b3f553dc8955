package dev.charter.compiler.model.query;

import java.util.List;

/** A network's {@code queries.qry}: its named queries in file order. */
public record QueryFile(String path, List<Query> queries) {

    public QueryFile {
        queries = List.copyOf(queries);
    }
}
