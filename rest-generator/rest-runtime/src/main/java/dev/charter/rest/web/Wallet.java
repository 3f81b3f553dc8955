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
import java.util.function.Supplier;

/**
 * The cards a multi-user server holds: {@code <dir>/<identity id>.card} (0600) for identities issued over REST,
 * each with the API key that acts as it in {@code <dir>/keys.properties} (lines {@code <SHA-256 of the key, hex> =
 * <card file>}: the keys themselves are never stored), and for participants the users file names, in
 * {@code <dir>/participants.properties} ({@code <participant> = <card file>}). Thread-safe.
 */
final class Wallet {

    static final String KEYS = "keys.properties";
    static final String PARTICIPANTS = "participants.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;

    Wallet(Path dir) {
        this.dir = dir;
    }

    /** The cards held for API keys, by the SHA-256 (hex) of the keys. */
    synchronized Map<String, Card> cards() {
        Map<String, Card> cards = new HashMap<>();
        Properties keys = read(KEYS);
        for (String hash : keys.stringPropertyNames()) {
            cards.put(hash, Card.read(dir.resolve(keys.getProperty(hash))));
        }
        return cards;
    }

    /** Keeps {@code card} and makes a new API key for it, returned once: only its hash is kept. */
    synchronized String add(Card card) {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        keep(card, KEYS, hash(key));
        return key;
    }

    /** The card held for {@code participant}, issued with {@code issue} (and kept) the first time it is asked for. */
    synchronized Card participant(String participant, Supplier<Card> issue) {
        String file = read(PARTICIPANTS).getProperty(participant);
        if (file != null) {
            return Card.read(dir.resolve(file));
        }
        Card card = issue.get();
        keep(card, PARTICIPANTS, participant);
        return card;
    }

    private Properties read(String name) {
        Properties properties = new Properties();
        Path file = dir.resolve(name);
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the wallet " + file + ": " + e.getMessage(), e);
            }
        }
        return properties;
    }

    /** Writes the card and adds {@code key = <its file>} to the index {@code name}, forced to the disk. */
    private void keep(Card card, String name, String key) {
        String file = card.identityId() + ".card";
        try {
            Files.createDirectories(dir);
            card.write(dir.resolve(file));
            Path index = dir.resolve(name);
            String existing = Files.exists(index) ? Files.readString(index, UTF_8) : "";
            DurableFiles.replace(index, (existing + key.replace(":", "\\:").replace("#", "\\#") + " = " + file + "\n")
                    .getBytes(UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the card of " + card.user() + " in the wallet " + dir + ": "
                    + e.getMessage(), e);
        }
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
