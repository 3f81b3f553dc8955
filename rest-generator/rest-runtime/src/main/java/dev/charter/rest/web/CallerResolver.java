package dev.charter.rest.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.charter.rest.gateway.Caller;
import dev.charter.rest.gateway.Failure;
import dev.charter.rest.gateway.GatewayException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;

/**
 * Decides who a request acts as, from its API key. Single-user mode: every request acts as the configured
 * identity, and a configured API key must be presented. Multi-user mode ({@link RestSettings#USERS}): each
 * API key maps to a participant (or {@code admin}); a request without a known key is refused.
 */
public final class CallerResolver {

    private final Caller single;
    private final byte[] singleKey;
    private final Map<String, Caller> users;

    private CallerResolver(Caller single, String singleKey, Map<String, Caller> users) {
        this.single = single;
        this.singleKey = singleKey == null ? null : singleKey.getBytes(UTF_8);
        this.users = users;
    }

    public static CallerResolver from(RestSettings settings) {
        if (settings.users() == null) {
            return new CallerResolver(Caller.parse(settings.identity(), settings.identity().strip().equals("admin")
                    ? "admin" : "server"), settings.apiKey(), null);
        }
        Properties file = new Properties();
        try (Reader reader = Files.newBufferedReader(settings.users(), UTF_8)) {
            file.load(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the users file " + settings.users() + ": " + e.getMessage(), e);
        }
        Map<String, Caller> users = new HashMap<>();
        for (String key : file.stringPropertyNames()) {
            try {
                users.put(key, Caller.parse(file.getProperty(key), "api-key-" + fingerprint(key)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The users file " + settings.users() + " maps a key to '"
                        + file.getProperty(key) + "', which is neither admin nor a participant (resource:ns.Type#id)", e);
            }
        }
        return new CallerResolver(null, null, Map.copyOf(users));
    }

    /** True when each request needs an API key. */
    public boolean needsKey() {
        return users != null || singleKey != null;
    }

    /**
     * @param apiKey the key the request presented, or null
     * @throws GatewayException {@link Failure#UNAUTHENTICATED} when the key is missing or unknown
     */
    public Caller resolve(String apiKey) {
        if (users == null) {
            if (singleKey != null && (apiKey == null || !MessageDigest.isEqual(singleKey, apiKey.getBytes(UTF_8)))) {
                throw unauthenticated(apiKey);
            }
            return single;
        }
        Caller caller = apiKey == null ? null : users.get(apiKey);
        if (caller == null) {
            throw unauthenticated(apiKey);
        }
        return caller;
    }

    private static GatewayException unauthenticated(String apiKey) {
        return new GatewayException(Failure.UNAUTHENTICATED, apiKey == null
                ? "This API needs an API key: send it in the " + RestSettings.API_KEY_HEADER + " header"
                : "The API key is not one this server knows");
    }

    /** A short, stable id for a key that does not reveal it. */
    private static String fingerprint(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(UTF_8)), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
