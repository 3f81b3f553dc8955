package dev.charter.rest.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.rest.gateway.Caller;
import dev.charter.rest.gateway.Committed;
import dev.charter.rest.gateway.Failure;
import dev.charter.rest.gateway.GatewayException;
import dev.charter.rest.gateway.NetworkGateway;
import dev.charter.rest.gateway.PageRequest;
import dev.charter.rest.gateway.ResourceVersion;
import dev.charter.runtime.json.IsoTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the generated controller of an asset or participant type does: list, create, read, check, replace,
 * delete and history of one concrete type. Changes are the registry system transactions, so they are
 * access-checked and in the historian; each response names its transaction in {@code Charter-Transaction-Id}.
 */
public final class ResourceEndpoints {

    private final NetworkGateway gateway;
    private final String type;
    private final String identifierField;

    public ResourceEndpoints(NetworkGateway gateway, String type) {
        this.gateway = gateway;
        this.type = type;
        this.identifierField = gateway.model().identifierField(type);
        if (identifierField == null) {
            throw new IllegalArgumentException(type + " is not an identified type of network " + gateway.networkName());
        }
    }

    public ResponseEntity<List<JsonNode>> list(Caller caller, Integer limit, Integer skip, String cursor, String order) {
        return Bodies.page(gateway.resources(caller, type, PageRequest.of(limit, skip, cursor, order)));
    }

    /**
     * A list, filtered by {@code where} (an ad-hoc query's condition, e.g. {@code status == 'APPROVED'}) when given;
     * the request's other parameters (not paging's) are the condition's {@code _$name} parameters.
     */
    public ResponseEntity<List<JsonNode>> list(Caller caller, Integer limit, Integer skip, String cursor, String order,
            String where, Map<String, String> request) {
        if (where == null || where.isBlank()) {
            return list(caller, limit, skip, cursor, order);
        }
        return Bodies.page(gateway.where(caller, type, where, Bodies.parameters(request, "where"),
                PageRequest.of(limit, skip, cursor, order)));
    }

    public ResponseEntity<JsonNode> create(Caller caller, JsonNode body) {
        ObjectNode resource = Bodies.ofType(body, type);
        Committed committed = Bodies.await(gateway.create(caller, type, resource));
        String id = resource.path(identifierField).asText();
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id)
                .toUri()).header(Bodies.TRANSACTION_ID_HEADER, committed.transactionId()).body(resource);
    }

    public ResponseEntity<JsonNode> get(Caller caller, String id) {
        return ResponseEntity.ok(gateway.resource(caller, type, id).orElseThrow(() -> notFound(id)));
    }

    public ResponseEntity<Void> exists(Caller caller, String id) {
        return gateway.exists(caller, type, id) ? ResponseEntity.ok().build() : ResponseEntity.notFound().build();
    }

    public ResponseEntity<JsonNode> update(Caller caller, String id, JsonNode body) {
        ObjectNode resource = Bodies.ofType(body, type);
        JsonNode given = resource.get(identifierField);
        if (given == null || given.isNull()) {
            resource.put(identifierField, id);
        } else if (!given.asText().equals(id)) {
            throw new GatewayException(Failure.INVALID, "The body's " + identifierField + " is " + given
                    + " but the address names " + id + "; an identifier cannot change", identifierField, null, null);
        }
        Committed committed = Bodies.await(gateway.update(caller, type, resource));
        return ResponseEntity.ok().header(Bodies.TRANSACTION_ID_HEADER, committed.transactionId()).body(resource);
    }

    public ResponseEntity<Void> delete(Caller caller, String id) {
        Committed committed = Bodies.await(gateway.remove(caller, type, id));
        return ResponseEntity.noContent().header(Bodies.TRANSACTION_ID_HEADER, committed.transactionId()).build();
    }

    /** Every version, oldest first: {@code transactionId}, {@code transactionType}, {@code timestamp}, {@code value} or {@code deleted}. */
    public ResponseEntity<JsonNode> history(Caller caller, String id) {
        List<ResourceVersion> versions = gateway.history(caller, type, id);
        if (versions.isEmpty()) {
            throw notFound(id);
        }
        ArrayNode body = JsonNodeFactory.instance.arrayNode();
        for (ResourceVersion version : versions) {
            ObjectNode item = body.addObject();
            item.put("transactionId", version.transactionId());
            if (version.transactionType() != null) {
                item.put("transactionType", version.transactionType());
            }
            if (version.timestamp() != null) {
                item.put("timestamp", IsoTime.format(version.timestamp()));
            }
            if (version.value() == null) {
                item.put("deleted", true);
            } else {
                item.set("value", version.value());
            }
        }
        return ResponseEntity.ok(body);
    }

    private GatewayException notFound(String id) {
        return new GatewayException(Failure.NOT_FOUND, "There is no " + type + " with " + identifierField + " " + id);
    }
}
