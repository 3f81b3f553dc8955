package dev.charter.rest.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.rest.gateway.Block;
import dev.charter.rest.gateway.Caller;
import dev.charter.rest.gateway.Failure;
import dev.charter.rest.gateway.GatewayException;
import dev.charter.rest.gateway.NetworkGateway;
import dev.charter.rest.gateway.PageRequest;
import dev.charter.rest.gateway.Subscription;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The endpoints every network has, whatever its model: ping, the historian, and the event stream
 * (Server-Sent Events; the WebSocket is {@link EventsWebSocketHandler}).
 */
@RestController
@RequestMapping(path = "/api/system", produces = MediaType.APPLICATION_JSON_VALUE)
public class SystemController {

    private final NetworkGateway gateway;

    public SystemController(NetworkGateway gateway) {
        this.gateway = gateway;
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
        Subscription subscription = gateway.subscribe(start.block(), block -> send(emitter, block, start));
        emitter.onCompletion(subscription::close);
        emitter.onTimeout(subscription::close);
        emitter.onError(error -> subscription.close());
        return emitter;
    }

    private static void send(SseEmitter emitter, Block block, EventPosition start) {
        for (int i = 0; i < block.events().size(); i++) {
            if (start.skips(block.number(), i)) {
                continue;
            }
            try {
                emitter.send(SseEmitter.event().id(block.number() + "-" + i).data(block.events().get(i),
                        MediaType.APPLICATION_JSON));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
