package dev.charter.ledger.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.charter.ledger.card.Card;
import dev.charter.ledger.crypto.Certificate;
import dev.charter.ledger.crypto.IdentityId;
import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.crypto.Pem;
import dev.charter.ledger.crypto.DurableFiles;
import dev.charter.ledger.crypto.SigningKey;
import dev.charter.runtime.resource.Identity;
import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.state.InMemoryStateStore;
import dev.charter.runtime.state.StateWrite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A network's certificate authority and identity records kept in a local directory, for working with
 * identities before a node hosts the network (the node will own both). Not thread-safe: one process at
 * a time.
 *
 * <pre>
 * network.json                    {"formatVersion":1,"network":…,"node":…}
 * ca.pem                          the root certificate
 * ca-key.pem                      the root's private key (0600)
 * admin.card                      the network administrator's card (0600)
 * identities/&lt;identity id&gt;.json  the identity records, exactly as world state holds them
 * </pre>
 * Every change goes through an {@link IdentityRegistry} over the records, so the rules and messages are
 * the ledger's own; each record file is replaced atomically and synced.
 */
public final class CaDirectory {

    public static final String NETWORK_FILE = "network.json";
    public static final String CERTIFICATE_FILE = "ca.pem";
    public static final String KEY_FILE = "ca-key.pem";
    public static final String ADMIN_CARD = "admin.card";
    public static final String IDENTITIES = "identities";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;
    private final Card.Connection connection;
    private final CertificateAuthority authority;
    private final InMemoryStateStore state;
    private final IdentityRegistry registry;

    private CaDirectory(Path dir, Card.Connection connection, CertificateAuthority authority,
            InMemoryStateStore state) {
        this.dir = dir;
        this.connection = connection;
        this.authority = authority;
        this.state = state;
        this.registry = new IdentityRegistry(connection.network(), state);
    }

    /**
     * Creates the network's certificate authority in {@code dir} (new or empty) and deploys its
     * administrator: identity {@code admin} bound to {@code NetworkAdmin#admin}, whose card is
     * {@link #ADMIN_CARD}.
     *
     * @throws IllegalArgumentException when {@code dir} is a file or a directory that is not empty
     */
    public static CaDirectory init(Path dir, String network, String nodeUrl, KeyAlgorithm algorithm, Instant now)
            throws IOException {
        if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
            throw new IllegalArgumentException(dir + " exists and is not an empty directory");
        }
        CertificateAuthority authority = CertificateAuthority.create(network, algorithm, now);
        CaDirectory ca = new CaDirectory(dir, new Card.Connection(network, nodeUrl), authority, new InMemoryStateStore());
        Files.createDirectories(dir.resolve(IDENTITIES));
        DurableFiles.writeSecret(dir.resolve(KEY_FILE), Pem.encodePrivateKey(authority.key()).getBytes(StandardCharsets.UTF_8));
        DurableFiles.replace(dir.resolve(CERTIFICATE_FILE), authority.certificate().pem().getBytes(StandardCharsets.UTF_8));
        IssuedIdentity admin = authority.issue(IdentityRegistry.ADMIN, algorithm, now);
        Card.of(ca.connection, admin.certificate(), admin.key()).write(dir.resolve(ADMIN_CARD));
        ca.save(ca.registry.deployAdmin(admin.certificate(), localTransactionId()));
        // Written last: a directory with network.json is a complete one.
        DurableFiles.replace(dir.resolve(NETWORK_FILE), JSON.writeValueAsBytes(JSON.createObjectNode()
                .put("formatVersion", 1).put("network", network).put("node", nodeUrl)));
        return ca;
    }

    /** @throws IllegalArgumentException when {@code dir} is not a complete CA directory, naming what is wrong */
    public static CaDirectory open(Path dir) throws IOException {
        Path networkFile = dir.resolve(NETWORK_FILE);
        if (!Files.isRegularFile(networkFile)) {
            throw new IllegalArgumentException(dir + " is not a certificate authority directory: it has no "
                    + NETWORK_FILE);
        }
        JsonNode network = JSON.readTree(networkFile.toFile());
        if (network == null || network.path("formatVersion").asInt() != 1 || !network.path("network").isTextual()
                || !network.path("node").isTextual()) {
            throw new IllegalArgumentException(networkFile + ": expected {\"formatVersion\": 1, \"network\": …,"
                    + " \"node\": …}");
        }
        Card.Connection connection = new Card.Connection(network.get("network").asText(), network.get("node").asText());
        Certificate certificate = inFile(dir.resolve(CERTIFICATE_FILE), Certificate::ofPem);
        SigningKey key = inFile(dir.resolve(KEY_FILE), Pem::decodePrivateKey);
        CertificateAuthority authority;
        try {
            authority = CertificateAuthority.of(connection.network(), certificate, key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(dir + ": " + e.getMessage(), e);
        }
        InMemoryStateStore state = new InMemoryStateStore();
        List<StateWrite> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve(IDENTITIES))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".json") && IdentityId.isWellFormed(name.substring(0, name.length() - 5))) {
                    records.add(StateWrite.put(IdentityRegistry.key(name.substring(0, name.length() - 5)),
                            Files.readAllBytes(file)));
                }
            }
        }
        state.commit("local-open", records);
        return new CaDirectory(dir, connection, authority, state);
    }

    public Path dir() {
        return dir;
    }

    public Card.Connection connection() {
        return connection;
    }

    public CertificateAuthority authority() {
        return authority;
    }

    /** The identity records, as a resolver and for reading; change them through this class so they are saved. */
    public IdentityRegistry registry() {
        return registry;
    }

    /**
     * Issues a new identity named {@code name} for the participant and writes its card to {@code cardFile}
     * (a new file, 0600), then records the identity.
     *
     * @throws IdentityException when the network already has a live identity of that name
     * @throws java.nio.file.FileAlreadyExistsException when {@code cardFile} exists
     */
    public Card issue(Relationship<Participant> participant, String name, KeyAlgorithm algorithm, Path cardFile,
            Instant now) throws IOException {
        if (registry.findByName(name).isPresent()) {
            throw new IdentityException("Network " + connection.network() + " already has an identity named '" + name
                    + "'");
        }
        IssuedIdentity issued = authority.issue(name, algorithm, now);
        Card card = Card.of(connection, issued.certificate(), issued.key());
        card.write(cardFile);
        save(registry.issue(participant, issued.certificate(), localTransactionId()));
        return card;
    }

    /** Binds an existing certificate to the participant. */
    public Identity bind(Relationship<Participant> participant, Certificate certificate) throws IOException {
        return save(registry.bind(participant, certificate, localTransactionId()));
    }

    /**
     * Revokes the identity with this id, or the live identity with this name.
     *
     * @throws IdentityException when there is no such identity, or it is revoked already
     */
    public Identity revoke(String idOrName) throws IOException {
        String id = IdentityId.isWellFormed(idOrName) ? idOrName
                : registry.findByName(idOrName).map(Identity::getIdentityId).orElseThrow(() -> new IdentityException(
                        "Network " + connection.network() + " has no live identity named or with id '" + idOrName + "'"));
        return save(registry.revoke(id, localTransactionId()));
    }

    /**
     * The participant named in {@code ns.Type#id} form (or {@code resource:ns.Type#id}).
     *
     * @throws IllegalArgumentException saying the form expected
     */
    public static Relationship<Participant> participant(String text) {
        try {
            return Relationship.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid participant '" + text
                    + "': expected <namespace>.<Type>#<id>, such as org.example.loc.Customer#alice");
        }
    }

    private Identity save(Identity identity) throws IOException {
        byte[] record = state.get(IdentityRegistry.key(identity.getIdentityId())).orElseThrow();
        DurableFiles.replace(dir.resolve(IDENTITIES).resolve(identity.getIdentityId() + ".json"), record);
        return identity;
    }

    private static String localTransactionId() {
        return "local-" + UUID.randomUUID();
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> T inFile(Path file, Parser<T> parser) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " is missing");
        }
        try {
            return parser.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
