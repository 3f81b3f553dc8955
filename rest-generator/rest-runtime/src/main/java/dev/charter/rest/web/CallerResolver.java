package dev.charter.rest.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.charter.ledger.card.Card;
import dev.charter.ledger.card.CardException;
import dev.charter.rest.gateway.Caller;
import dev.charter.rest.gateway.Failure;
import dev.charter.rest.gateway.GatewayException;
import dev.charter.rest.gateway.NetworkGateway;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Decides which card a request acts as, from its API key. Single-user mode: every request acts as the server's
 * card ({@link RestSettings#CARD}), and a configured API key must be presented. Multi-user mode
 * ({@link RestSettings#USERS}): each API key names a card file, {@code admin} (the server's card) or a
 * participant ({@code resource:ns.Type#id}), for whom the server — acting as the administrator — issues an
 * identity the first time the key is used and keeps its card ({@link Wallet}); identities issued over REST are
 * added with keys of their own. A request without a known key is refused. Who a card acts as (its participant) is
 * asked of the network once per card.
 */
public final class CallerResolver {

    private final Supplier<NetworkGateway> gateway;
    private final Card server;
    private final byte[] singleKey;
    /** Multi-user mode: cards by the SHA-256 of their API keys; null in single-user mode. */
    private final Map<String, Card> users;
    /** Multi-user mode: the participants keys name whose cards are not issued yet, by the SHA-256 of the keys. */
    private final Map<String, String> participants;
    private final Wallet wallet;
    private final Map<String, Caller> callers = new ConcurrentHashMap<>();

    private CallerResolver(Supplier<NetworkGateway> gateway, Card server, String singleKey, Map<String, Card> users,
            Map<String, String> participants, Wallet wallet) {
        this.gateway = gateway;
        this.server = server;
        this.singleKey = singleKey == null ? null : singleKey.getBytes(UTF_8);
        this.users = users;
        this.participants = participants;
        this.wallet = wallet;
    }

    /** @throws IllegalArgumentException when the settings name no card, or a card or the users file cannot be read */
    public static CallerResolver from(RestSettings settings, Supplier<NetworkGateway> gateway) {
        if (settings.card() == null) {
            throw new IllegalArgumentException("Set " + RestSettings.CARD + " to the card the server acts as");
        }
        Card server = read(settings.card(), "The server's card");
        if (settings.users() == null) {
            return new CallerResolver(gateway, server, settings.apiKey(), null, null, null);
        }
        Properties file = new Properties();
        try (Reader reader = Files.newBufferedReader(settings.users(), UTF_8)) {
            file.load(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the users file " + settings.users() + ": " + e.getMessage(), e);
        }
        Wallet wallet = new Wallet(settings.wallet());
        Map<String, Card> users = new ConcurrentHashMap<>(wallet.cards());
        Map<String, String> participants = new ConcurrentHashMap<>();
        Path base = settings.users().toAbsolutePath().getParent();
        for (String key : file.stringPropertyNames()) {
            String value = file.getProperty(key).strip();
            if (value.startsWith("resource:")) {
                participants.put(Wallet.hash(key), value);
            } else {
                users.put(Wallet.hash(key), value.equals("admin") ? server
                        : read(base.resolve(value), "The users file " + settings.users() + " maps a key to a card that"));
            }
        }
        return new CallerResolver(gateway, server, null, users, participants, wallet);
    }

    private static Card read(Path file, String what) {
        try {
            return Card.read(file);
        } catch (CardException e) {
            throw new IllegalArgumentException(what + " cannot be used: " + e.getMessage(), e);
        }
    }

    /** True when each request needs an API key. */
    public boolean needsKey() {
        return users != null || singleKey != null;
    }

    /**
     * @param apiKey the key the request presented, or null
     * @throws GatewayException {@link Failure#UNAUTHENTICATED} when the key is missing or unknown, or the network
     *     does not know (or revoked) the identity of its card
     */
    public Caller resolve(String apiKey) {
        Card card;
        if (users == null) {
            if (singleKey != null && (apiKey == null || !MessageDigest.isEqual(singleKey, apiKey.getBytes(UTF_8)))) {
                throw unauthenticated(apiKey);
            }
            card = server;
        } else {
            String hash = apiKey == null ? null : Wallet.hash(apiKey);
            card = hash == null ? null : users.get(hash);
            if (card == null && hash != null && participants.containsKey(hash)) {
                card = participantCard(participants.get(hash));
                users.put(hash, card);
            }
            if (card == null) {
                throw unauthenticated(apiKey);
            }
        }
        return resolveCard(card);
    }

    private Caller resolveCard(Card card) {
        Caller known = callers.get(card.identityId());
        if (known != null) {
            return known;
        }
        Caller caller = gateway.get().caller(card);
        callers.put(card.identityId(), caller);
        return caller;
    }

    /**
     * The card the wallet holds for a participant the users file names, issued by the server's card at first.
     *
     * @throws GatewayException {@link Failure#FORBIDDEN} while the network has no such participant (the node
     *     refuses to bind an identity to it), as for a card whose participant was removed
     */
    private Card participantCard(String participant) {
        return wallet.participant(participant, () -> {
            Caller administrator = resolveCard(server);
            try {
                return gateway.get().issueIdentity(administrator, participant,
                        participant.substring(participant.indexOf('#') + 1));
            } catch (GatewayException e) {
                throw e.failure() == Failure.NOT_FOUND ? new GatewayException(Failure.FORBIDDEN, e.getMessage()) : e;
            }
        });
    }

    /**
     * In multi-user mode, keeps the card of an identity just issued and returns the new API key that acts as it;
     * in single-user mode, nothing (the card goes to its owner only).
     */
    public Optional<String> register(Card card) {
        if (wallet == null) {
            return Optional.empty();
        }
        String key = wallet.add(card);
        users.put(Wallet.hash(key), card);
        return Optional.of(key);
    }

    /** Forgets who a revoked identity acted as, so that its next request asks the network (which refuses it). */
    public void forget(String identityId) {
        callers.remove(identityId);
    }

    private static GatewayException unauthenticated(String apiKey) {
        return new GatewayException(Failure.UNAUTHENTICATED, apiKey == null
                ? "This API needs an API key: send it in the " + RestSettings.API_KEY_HEADER + " header"
                : "The API key is not one this server knows");
    }
}
