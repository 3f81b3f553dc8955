package dev.charter.ledger.tx;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.ledger.card.Card;
import dev.charter.ledger.crypto.Signer;
import dev.charter.runtime.json.IsoTime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Turns a transaction's JSON into a {@link SignedTransaction} signed by one identity, as a client does
 * before submitting it.
 *
 * <p>The payload is the transaction JSON with {@code transactionId} and {@code timestamp} set to the
 * envelope's, in its RFC 8785 canonical form ({@link CanonicalJson}); a {@code transactionId} already in
 * the JSON is kept (resubmitting the same transaction is then refused as a replay), otherwise one is made
 * as Fabric does: the SHA-256 (hex) of a random 24-byte nonce followed by the identity id.
 * Thread-safe.
 */
public final class TransactionSigner {

    /** The longest transaction id accepted: ids are parts of state keys and block entries. */
    public static final int MAX_ID_LENGTH = 128;

    // Duplicate member names are an error, as in RFC 8785, not "the last one wins".
    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Signer signer;
    private final String identityId;

    public TransactionSigner(Signer signer, String identityId) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.identityId = Objects.requireNonNull(identityId, "identityId");
    }

    /** Signs with the card's private key, as the card's identity. */
    public static TransactionSigner of(Card card) {
        return new TransactionSigner(card.key(), card.identityId());
    }

    /**
     * Signs the transaction JSON (a JSON object with a {@code $class}) at {@code timestamp}.
     *
     * @throws IllegalArgumentException saying what is wrong with the JSON
     */
    public SignedTransaction sign(byte[] transactionJson, Instant timestamp) {
        ObjectNode transaction = parse(transactionJson);
        JsonNode id = transaction.get("transactionId");
        String transactionId = id == null || id.isNull() ? newTransactionId() : checkId(id);
        Instant time = Instant.ofEpochMilli(timestamp.toEpochMilli());
        transaction.put("transactionId", transactionId);
        transaction.put("timestamp", IsoTime.format(time));
        byte[] payload;
        try {
            payload = CanonicalJson.canonicalize(JSON.writeValueAsBytes(transaction));
        } catch (JacksonException e) {
            throw new IllegalStateException("Cannot write a JSON tree that was just read", e);
        }
        return envelope(transactionId, time, payload);
    }

    /**
     * Signs {@code payload} as it is, under a new id, at {@code timestamp}: for a signed read, whose payload
     * is the read request (docs/ledger-protocol.md), not a transaction.
     */
    public SignedTransaction signPayload(byte[] payload, Instant timestamp) {
        return envelope(newTransactionId(), Instant.ofEpochMilli(timestamp.toEpochMilli()), payload);
    }

    private SignedTransaction envelope(String transactionId, Instant time, byte[] payload) {
        SignedTransaction unsigned = new SignedTransaction(transactionId, identityId, time, payload, new byte[0]);
        return new SignedTransaction(transactionId, identityId, time, payload, signer.sign(unsigned.signedBytes()));
    }

    private static ObjectNode parse(byte[] json) {
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("The transaction is not JSON: "
                    + (e instanceof JacksonException jackson ? jackson.getOriginalMessage() : e.getMessage()));
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new IllegalArgumentException("A transaction is a JSON object with a $class, not "
                    + (tree == null ? "nothing" : tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        JsonNode type = object.get("$class");
        if (type == null || !type.isTextual() || type.asText().isEmpty()) {
            throw new IllegalArgumentException("The transaction has no $class: name its type, such as"
                    + " \"$class\": \"org.example.trading.Trade\"");
        }
        return object;
    }

    private static String checkId(JsonNode id) {
        if (!id.isTextual() || id.asText().isEmpty() || id.asText().length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("transactionId must be a string of 1 to " + MAX_ID_LENGTH
                    + " characters, not " + id);
        }
        return id.asText();
    }

    private String newTransactionId() {
        byte[] nonce = new byte[24];
        RANDOM.nextBytes(nonce);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(nonce);
            sha256.update(identityId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
