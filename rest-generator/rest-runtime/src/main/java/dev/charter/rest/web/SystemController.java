package dev.charter.rest.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.ledger.card.Card;
import dev.charter.rest.gateway.Caller;
import dev.charter.rest.gateway.CommittedEvent;
import dev.charter.rest.gateway.Failure;
import dev.charter.rest.gateway.GatewayException;
import dev.charter.rest.gateway.NetworkGateway;
import dev.charter.rest.gateway.PageRequest;
import dev.charter.rest.gateway.Subscription;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The endpoints every network has, whatever its model: ping, the historian, identities (Composer's
 * {@code /api/system/identities}), blocks, and the event stream (Server-Sent Events; the WebSocket is
 * {@link EventsWebSocketHandler}).
 */
@RestController
@RequestMapping(path = "/api/system", produces = MediaType.APPLICATION_JSON_VALUE)
public class SystemController {

    /** The header that carries the API key of an identity issued in multi-user mode. */
    public static final String API_KEY_HEADER = "Charter-API-Key";

    private final NetworkGateway gateway;
    private final CallerResolver callers;

    public SystemController(NetworkGateway gateway, CallerResolver callers) {
        this.gateway = gateway;
        this.callers = callers;
    }

    /** The network, who the caller acts as, and the height of the ledger. */
    @GetMapping("/ping")
    public JsonNode ping(Caller caller) {
        ObjectNode ping = JsonNodeFactory.instance.objectNode();
        ping.put("network", gateway.networkName());
        ping.put("version", gateway.networkVersion());
        if (caller.participant() != null) {
            ping.put("participant", caller.participant());
        } else {
            ping.put("participant", "admin");
        }
        ping.put("identity", caller.identityId());
        ping.put("height", gateway.height());
        return ping;
    }

    /** The network's identities the caller may read. */
    @GetMapping("/identities")
    public ResponseEntity<List<JsonNode>> identities(Caller caller,
            @RequestParam(name = "limit", required = false) Integer limit,
            @RequestParam(name = "skip", required = false) Integer skip,
            @RequestParam(name = "cursor", required = false) String cursor,
            @RequestParam(name = "order", required = false) String order) {
        return Bodies.page(gateway.identities(caller, PageRequest.of(limit, skip, cursor, order)));
    }

    /**
     * Composer's issue: {@code {"participant": "resource:ns.Type#id", "userID": "alice"}} → the new identity's card
     * (its private key included: the body is the card file). In multi-user mode the server keeps the card too and
     * answers, in {@value #API_KEY_HEADER}, the new API key that acts as it.
     */
    @PostMapping("/identities/issue")
    public ResponseEntity<JsonNode> issue(Caller caller, @RequestBody JsonNode request) {
        Card card = gateway.issueIdentity(caller, text(request, "participant"), text(request, "userID"));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + card.user() + ".card\"");
        callers.register(card).ifPresent(key -> response.header(API_KEY_HEADER, key));
        try {
            return response.body(Bodies.JSON.readTree(card.toJson()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Composer's bind: {@code {"participant": "resource:ns.Type#id", "certificate": "-----BEGIN CERTIFICATE-----…"}}. */
    @PostMapping("/identities/bind")
    public ResponseEntity<Void> bind(Caller caller, @RequestBody JsonNode request) {
        gateway.bindIdentity(caller, text(request, "participant"), text(request, "certificate"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/identities/{id}/revoke")
    public ResponseEntity<Void> revoke(Caller caller, @PathVariable("id") String id) {
        gateway.revokeIdentity(caller, id);
        callers.forget(id);
        return ResponseEntity.noContent().build();
    }

    /** A block as the node holds it (the network administrator only). */
    @GetMapping("/blocks/{number}")
    public JsonNode block(Caller caller, @PathVariable("number") long number) {
        return gateway.block(caller, number);
    }

    private static String text(JsonNode request, String field) {
        JsonNode value = request == null ? null : request.get(field);
        if (value == null || !value.isTextual()) {
            throw new GatewayException(Failure.INVALID, "The request needs " + field + " (a string)", field, null, null);
        }
        return value.asText();
    }

    @GetMapping("/historian")
    public ResponseEntity<List<JsonNode>> historian(Caller caller,
            @RequestParam(name = "limit", required = false) Integer limit,
            @RequestParam(name = "skip", required = false) Integer skip,
            @RequestParam(name = "cursor", required = false) String cursor,
            @RequestParam(name = "order", required = false) String order) {
        return Bodies.page(gateway.historian(caller, PageRequest.of(limit, skip, cursor, order)));
    }

    @GetMapping("/historian/{id}")
    public JsonNode historianRecord(Caller caller, @PathVariable("id") String id) {
        return gateway.historianRecord(caller, id).orElseThrow(() ->
                new GatewayException(Failure.NOT_FOUND, "There is no historian record of transaction " + id));
    }

    /**
     * Every event committed from block {@code from} on (default: from now), each once and in commit order, as
     * Server-Sent Events whose id is {@code <block>-<index>}; a client that reconnects with
     * {@code Last-Event-ID} resumes after the last event it received.
     */
    @GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter events(Caller caller, @RequestParam(name = "from", required = false) Long from,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        EventPosition start = EventPosition.of(from, lastEventId, gateway.height());
        SseEmitter emitter = new SseEmitter(0L);
        try {
            // A comment first, so that the response starts at once and clients know they are connected.
            emitter.send(SseEmitter.event().comment("events of " + gateway.networkName() + " from block " + start.block()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Subscription subscription = gateway.subscribe(caller, start.block(), event -> send(emitter, event, start));
        // When the node ends the stream — it no longer accepts the caller's identity (revoked), it stopped, the
        // connection broke — so does the response, saying why; a client resumes with Last-Event-ID.
        subscription.ended().whenComplete((done, failure) -> {
            try {
                emitter.send(SseEmitter.event().comment(Subscription.why(failure)));
                emitter.complete();
            } catch (IOException | IllegalStateException e) {
                // the client went away first: that is what ended the subscription
            }
        });
        emitter.onCompletion(subscription::close);
        emitter.onTimeout(subscription::close);
        emitter.onError(error -> subscription.close());
        return emitter;
    }

    private static void send(SseEmitter emitter, CommittedEvent event, EventPosition start) {
        if (start.skips(event.block(), event.index())) {
            return;
        }
        try {
            emitter.send(SseEmitter.event().id(event.block() + "-" + event.index()).data(event.event(),
                    MediaType.APPLICATION_JSON));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where an event stream starts: a block, and within it the events already seen before a reconnect. */
    record EventPosition(long block, int seenInBlock) {

        static EventPosition of(Long from, String lastEventId, long height) {
            if (lastEventId != null && !lastEventId.isBlank()) {
                String[] parts = lastEventId.strip().split("-", 2);
                try {
                    return new EventPosition(Long.parseLong(parts[0]), parts.length == 2 ? Integer.parseInt(parts[1]) + 1 : 0);
                } catch (NumberFormatException e) {
                    throw new GatewayException(Failure.INVALID, "Last-Event-ID " + lastEventId
                            + " is not an event id of this server (<block>-<index>)", "Last-Event-ID", null, e);
                }
            }
            if (from != null && from < 1) {
                throw new GatewayException(Failure.INVALID, "from must be a block number (1 or more), not " + from,
                        "from", null, null);
            }
            return new EventPosition(from != null ? from : height + 1, 0);
        }

        boolean skips(long blockNumber, int index) {
            return blockNumber == block && index < seenInBlock;
        }
    }
}
