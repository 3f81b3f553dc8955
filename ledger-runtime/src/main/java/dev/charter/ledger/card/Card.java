package dev.charter.ledger.card;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.ledger.crypto.Certificate;
import dev.charter.ledger.crypto.Pem;
import dev.charter.ledger.crypto.DurableFiles;
import dev.charter.ledger.crypto.SigningKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A business-network card: everything a user needs to act on a network, in one file — where the
 * network is ({@link Connection}), who they are (certificate) and how they prove it (private key).
 *
 * <p>The file is JSON (UTF-8), written with permissions 0600 since it holds a private key:
 * <pre>{@code
 * { "formatVersion": 1,
 *   "name": "alice@trade-network",
 *   "user": "alice",
 *   "connection": { "network": "trade-network", "node": "http://localhost:7050" },
 *   "identityId": "<SHA-256 hex of the certificate's public key>",
 *   "certificate": "-----BEGIN CERTIFICATE-----\n…",
 *   "privateKey": "-----BEGIN PRIVATE KEY-----\n…" }
 * }</pre>
 * Reading checks that the private key is the certificate's and that {@code identityId} is the
 * certificate's; unknown properties are ignored, another {@code formatVersion} is refused.
 */
public record Card(String name, String user, Connection connection, Certificate certificate, SigningKey key) {

    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Where the network's node is: the network's name and the node's URL. */
    public record Connection(String network, String node) {
        public Connection {
            Objects.requireNonNull(network, "network");
            Objects.requireNonNull(node, "node");
        }
    }

    /** @throws IllegalArgumentException when the key is not the certificate's */
    public Card {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(key, "key");
        if (!certificate.publicKey().equals(key.publicKey())) {
            throw new IllegalArgumentException("The private key of card " + name + " is not the key of its certificate ("
                    + certificate + ")");
        }
    }

    /** A card named {@code <user>@<network>} for an identity's certificate and key. */
    public static Card of(Connection connection, Certificate certificate, SigningKey key) {
        String user = certificate.subjectName();
        return new Card(user + "@" + connection.network(), user, connection, certificate, key);
    }

    /** The SHA-256 (hex) of the certificate's public key: the identity id transactions carry. */
    public String identityId() {
        return certificate.identityId().hex();
    }

    /** The card as its file holds it. */
    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("name", name);
        root.put("user", user);
        root.putObject("connection").put("network", connection.network()).put("node", connection.node());
        root.put("identityId", identityId());
        root.put("certificate", certificate.pem());
        root.put("privateKey", Pem.encodePrivateKey(key));
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JacksonException e) {
            throw new IllegalStateException("Cannot write card " + name, e);
        }
    }

    /**
     * Writes the card to a new file readable by its owner only (0600).
     *
     * @throws java.nio.file.FileAlreadyExistsException when the file exists (it is never overwritten)
     */
    public void write(Path file) throws IOException {
        DurableFiles.writeSecret(file, toJson());
    }

    /** @throws CardException naming the file and what is wrong with it */
    public static Card read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CardException(file + ": no such card file");
        } catch (IOException e) {
            throw new CardException(file + ": cannot read the card: " + e.getMessage());
        }
        try {
            return parse(bytes);
        } catch (IllegalArgumentException e) {
            throw new CardException(file + ": " + e.getMessage());
        }
    }

    /** @throws IllegalArgumentException saying what is wrong with the card */
    public static Card parse(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a card: not JSON (" + e.getMessage().lines().findFirst().orElse("")
                    + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a card: expected a JSON object");
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.isInt() || version.intValue() != FORMAT_VERSION) {
            throw new IllegalArgumentException("unsupported card format " + version + ": this Charter reads format "
                    + FORMAT_VERSION);
        }
        JsonNode connection = root.path("connection");
        String certificatePem = text(root, "certificate");
        String keyPem = text(root, "privateKey");
        Certificate certificate = read("certificate", () -> Certificate.ofPem(certificatePem));
        SigningKey key = read("privateKey", () -> Pem.decodePrivateKey(keyPem));
        Card card = new Card(text(root, "name"), text(root, "user"),
                new Connection(text(connection, "network", "connection.network"), text(connection, "node", "connection.node")),
                certificate, key);
        JsonNode identityId = root.get("identityId");
        if (identityId != null && !identityId.asText().equals(card.identityId())) {
            throw new IllegalArgumentException("identityId " + identityId.asText()
                    + " is not the id of the card's certificate, " + card.identityId());
        }
        return card;
    }

    private interface Reader<T> {
        T read();
    }

    private static <T> T read(String field, Reader<T> reader) {
        try {
            return reader.read();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field " + field + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        return text(node, field, field);
    }

    private static String text(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new IllegalArgumentException("missing field " + path + " (a non-empty string)");
        }
        return value.asText();
    }

    /** Says whose card it is, never the key. */
    @Override
    public String toString() {
        return "card " + name + " (identity " + identityId() + ", network " + connection.network() + " at "
                + connection.node() + ")";
    }
}
