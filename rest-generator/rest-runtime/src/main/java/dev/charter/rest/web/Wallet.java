package dev.charter.rest.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.charter.ledger.card.Card;
import dev.charter.ledger.crypto.DurableFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;

/**
 * The cards a multi-user server holds for identities issued over REST, each with the API key that acts as it:
 * {@code <dir>/<identity id>.card} (0600) and {@code <dir>/keys.properties}, lines
 * {@code <SHA-256 of the key, hex> = <card file>} — the keys themselves are never stored. Thread-safe.
 */
final class Wallet {

    static final String KEYS = "keys.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;

    Wallet(Path dir) {
        this.dir = dir;
    }

    /** The cards held, by the SHA-256 (hex) of their API keys. */
    synchronized Map<String, Card> cards() {
        Map<String, Card> cards = new HashMap<>();
        Path keys = dir.resolve(KEYS);
        if (!Files.exists(keys)) {
            return cards;
        }
        Properties file = new Properties();
        try (Reader reader = Files.newBufferedReader(keys, UTF_8)) {
            file.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the wallet " + keys + ": " + e.getMessage(), e);
        }
        for (String hash : file.stringPropertyNames()) {
            cards.put(hash, Card.read(dir.resolve(file.getProperty(hash))));
        }
        return cards;
    }

    /** Keeps {@code card} and makes a new API key for it, returned once: only its hash is kept. */
    synchronized String add(Card card) {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String file = card.identityId() + ".card";
        try {
            Files.createDirectories(dir);
            card.write(dir.resolve(file));
            Path keys = dir.resolve(KEYS);
            String existing = Files.exists(keys) ? Files.readString(keys, UTF_8) : "";
            DurableFiles.replace(keys, (existing + hash(key) + " = " + file + "\n").getBytes(UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the card of " + card.user() + " in the wallet " + dir + ": "
                    + e.getMessage(), e);
        }
        return key;
    }

    /** The SHA-256 of an API key, hex: what identifies it without revealing it. */
    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
