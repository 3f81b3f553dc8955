package dev.charter.rest.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.rest.gateway.Caller;
import dev.charter.rest.gateway.NetworkGateway;
import dev.charter.rest.gateway.PageRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Composer's {@code GET /api/queries/{name}}: a named query of the network's {@code queries.qry}, its parameters
 * from the query string ({@code ?minQuantity=10}), as the caller under the access rules, paged like every list.
 */
@RestController
@RequestMapping(path = "/api/queries", produces = MediaType.APPLICATION_JSON_VALUE)
public class QueryController {

    private final NetworkGateway gateway;

    public QueryController(NetworkGateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/{name}")
    public ResponseEntity<List<JsonNode>> query(Caller caller, @PathVariable("name") String name,
            @RequestParam Map<String, String> request,
            @RequestParam(name = "limit", required = false) Integer limit,
            @RequestParam(name = "skip", required = false) Integer skip,
            @RequestParam(name = "cursor", required = false) String cursor,
            @RequestParam(name = "order", required = false) String order) {
        return Bodies.page(gateway.query(caller, name, Bodies.parameters(request),
                PageRequest.of(limit, skip, cursor, order)));
    }
}
