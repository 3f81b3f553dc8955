package dev.charter.rest.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.rest.gateway.Committed;
import dev.charter.rest.gateway.Failure;
import dev.charter.rest.gateway.GatewayException;
import dev.charter.rest.gateway.Page;
import dev.charter.rest.gateway.Submission;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the endpoint classes share: request bodies checked against the endpoint's type, pages, waiting for commits. */
final class Bodies {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The header naming the transaction that made a change. */
    static final String TRANSACTION_ID_HEADER = "Charter-Transaction-Id";

    private Bodies() {
    }

    /**
     * The body as an object of the endpoint's type: {@code $class} is filled in when absent; another type is
     * refused (subtypes have endpoints of their own).
     */
    static ObjectNode ofType(JsonNode body, String type) {
        if (!(body instanceof ObjectNode object)) {
            throw new GatewayException(Failure.INVALID, "The body must be a JSON object of type " + type);
        }
        JsonNode declared = object.get("$class");
        if (declared == null || declared.isNull()) {
            ObjectNode typed = object.objectNode();
            typed.put("$class", type);
            typed.setAll(object);
            return typed;
        }
        if (!declared.isTextual() || !declared.asText().equals(type)) {
            throw new GatewayException(Failure.INVALID, "The body has $class " + declared + " but this endpoint takes "
                    + type, "$class", null, null);
        }
        return object;
    }

    /** Waits for the transaction to commit; its failure is thrown as the gateway's exception. */
    static Committed await(Submission submission) {
        try {
            return submission.outcome().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof GatewayException gateway) {
                throw gateway;
            }
            throw e;
        }
    }

    /** A page as a JSON array (Composer's shape), with the next page's address in a {@code Link} header. */
    /**
     * The request's parameters other than paging's ({@code limit}, {@code skip}, {@code cursor}, {@code order}), the
     * API key's and those named in {@code also}: a query's parameters.
     */
    static Map<String, String> parameters(Map<String, String> request, String... also) {
        Map<String, String> parameters = new TreeMap<>(request);
        for (String name : List.of("limit", "skip", "cursor", "order", RestSettings.API_KEY_PARAMETER)) {
            parameters.remove(name);
        }
        for (String name : also) {
            parameters.remove(name);
        }
        return parameters;
    }

    static ResponseEntity<List<JsonNode>> page(Page page) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (page.nextCursor() != null) {
            // Cursors are base64url: safe in a query as they are.
            String next = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("cursor", page.nextCursor()).build().toUriString();
            response.header("Link", "<" + next + ">; rel=\"next\"");
            response.header("Charter-Next-Cursor", page.nextCursor());
        }
        return response.body(page.items());
    }
}
