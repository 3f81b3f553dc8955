package dev.charter.rest.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.rest.gateway.Caller;
import dev.charter.rest.gateway.NetworkGateway;
import dev.charter.rest.gateway.PageRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;

/**
 * What the generated controller of a network's named queries does (Composer's {@code GET /api/queries/<name>}):
 * run one as the caller, under the access rules, a page at a time; parameter values are the query string's text,
 * converted by the node to the types the query compares them with.
 */
public final class QueryEndpoints {

    private final NetworkGateway gateway;

    public QueryEndpoints(NetworkGateway gateway) {
        this.gateway = gateway;
    }

    public ResponseEntity<List<JsonNode>> run(Caller caller, String query, Map<String, String> parameters, Integer limit,
            Integer skip, String cursor, String order) {
        return Bodies.page(gateway.query(caller, query, parameters, PageRequest.of(limit, skip, cursor, order)));
    }
}
