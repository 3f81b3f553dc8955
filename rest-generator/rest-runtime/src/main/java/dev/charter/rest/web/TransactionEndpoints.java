package dev.charter.rest.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.rest.gateway.Caller;
import dev.charter.rest.gateway.Committed;
import dev.charter.rest.gateway.Failure;
import dev.charter.rest.gateway.GatewayException;
import dev.charter.rest.gateway.NetworkGateway;
import dev.charter.rest.gateway.PageRequest;
import dev.charter.rest.gateway.Submission;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the generated controller of a transaction type does: submit one (waiting for its commit unless
 * asked not to), list and read committed ones.
 */
public final class TransactionEndpoints {

    private final NetworkGateway gateway;
    private final String type;

    public TransactionEndpoints(NetworkGateway gateway, String type) {
        this.gateway = gateway;
        this.type = type;
    }

    /**
     * Submits the transaction. Waiting: 200 with {@code transactionId}, {@code block}, {@code events} and,
     * for {@code @returns}, {@code returnValue}. Not waiting: 202 with {@code transactionId} at once.
     */
    public ResponseEntity<JsonNode> submit(Caller caller, JsonNode body, Boolean wait) {
        Submission submission = gateway.submit(caller, Bodies.ofType(body, type));
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("transactionId", submission.transactionId());
        if (Boolean.FALSE.equals(wait)) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).location(ServletUriComponentsBuilder.fromCurrentRequestUri()
                    .replaceQuery(null).path("/{id}").buildAndExpand(submission.transactionId()).toUri()).body(result);
        }
        Committed committed = Bodies.await(submission);
        result.put("block", committed.block());
        if (committed.returnValue() != null) {
            result.set("returnValue", committed.returnValue());
        }
        result.putArray("events").addAll(committed.events());
        return ResponseEntity.ok().header(Bodies.TRANSACTION_ID_HEADER, committed.transactionId()).body(result);
    }

    public ResponseEntity<List<JsonNode>> list(Caller caller, Integer limit, Integer skip, String cursor, String order) {
        return Bodies.page(gateway.transactions(caller, type, PageRequest.of(limit, skip, cursor, order)));
    }

    public ResponseEntity<JsonNode> get(Caller caller, String id) {
        return ResponseEntity.ok(gateway.transaction(caller, type, id).orElseThrow(() ->
                new GatewayException(Failure.NOT_FOUND, "There is no committed " + type + " with id " + id)));
    }
}
