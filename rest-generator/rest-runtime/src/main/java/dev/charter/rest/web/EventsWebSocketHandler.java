package dev.charter.rest.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.ledger.client.LedgerClientException;
import dev.charter.rest.gateway.Caller;
import dev.charter.rest.gateway.CommittedEvent;
import dev.charter.rest.gateway.GatewayException;
import dev.charter.rest.gateway.NetworkGateway;
import dev.charter.rest.gateway.Subscription;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Composer's event WebSocket: each committed event as one text message holding its JSON, in commit order,
 * from now on or from block {@code ?from=n}. The handshake presents the API key like any request.
 */
public final class EventsWebSocketHandler extends TextWebSocketHandler implements HandshakeInterceptor {

    /** Where the WebSocket is served. */
    public static final String PATH = "/api/system/events/ws";

    private static final String SUBSCRIPTION = Subscription.class.getName();
    private static final String FROM = "charter.from";
    private static final String CALLER = Caller.class.getName();

    private final NetworkGateway gateway;
    private final CallerResolver callers;
    private final ObjectMapper json = new ObjectMapper();

    public EventsWebSocketHandler(NetworkGateway gateway, CallerResolver callers) {
        this.gateway = gateway;
        this.callers = callers;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) {
        try {
            if (!(request instanceof ServletServerHttpRequest servlet)) {
                response.setStatusCode(HttpStatus.BAD_REQUEST);
                return false;
            }
            attributes.put(CALLER, callers.resolve(CallerInterceptor.apiKey(servlet.getServletRequest())));
            String from = UriComponentsBuilder.fromUri(request.getURI()).build().getQueryParams().getFirst("from");
            attributes.put(FROM, from == null ? gateway.height() + 1 : Long.parseLong(from));
            return true;
        } catch (GatewayException e) {
            response.setStatusCode(Problems.status(e.failure()));
            return false;
        } catch (NumberFormatException e) {
            response.setStatusCode(HttpStatus.BAD_REQUEST);
            return false;
        }
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Exception exception) {
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        long start = (Long) session.getAttributes().get(FROM);
        Caller caller = (Caller) session.getAttributes().get(CALLER);
        Subscription subscription = gateway.subscribe(caller, start, event -> send(session, event));
        session.getAttributes().put(SUBSCRIPTION, subscription);
        // When the node ends the stream — it no longer accepts the caller's identity (revoked), it stopped, the
        // connection broke — the socket closes, saying why.
        subscription.ended().whenComplete((done, failure) -> {
            String reason = Subscription.why(failure);
            CloseStatus status = failure instanceof LedgerClientException refused && refused.status() == 401
                    ? CloseStatus.POLICY_VIOLATION : CloseStatus.GOING_AWAY;
            try {
                session.close(status.withReason(reason.length() > 120 ? reason.substring(0, 120) : reason));
            } catch (IOException | IllegalStateException e) {
                // the client closed it first: that is what ended the subscription
            }
        });
    }

    private void send(WebSocketSession session, CommittedEvent event) {
        try {
            synchronized (session) {
                session.sendMessage(new TextMessage(json.writeValueAsString(event.event())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Object subscription = session.getAttributes().remove(SUBSCRIPTION);
        if (subscription instanceof Subscription s) {
            s.close();
        }
    }
}
