package dev.charter.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.ledger.card.Card;
import dev.charter.ledger.client.LedgerClient;
import dev.charter.ledger.client.LedgerClientException;
import dev.charter.ledger.client.SubmitResult;
import dev.charter.ledger.crypto.Certificate;
import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.crypto.SigningKey;
import dev.charter.ledger.node.NetworkUpgrade;
import dev.charter.ledger.server.NodeHost;
import dev.charter.ledger.server.NodeServer;
import dev.charter.runtime.archive.NetworkArchive;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * A ledger node in this process, on {@code 127.0.0.1}, hosting one network — what {@code charter serve} and
 * {@code charter bench rest} run their REST service on. The node keeps its data in a directory of its own
 * (docs/ledger-protocol.md); the network is deployed on the first start, with a new administrator whose card is
 * written (0600) to {@code <data>/cards/admin@<network>.card}, and found there again on later starts.
 */
public final class EmbeddedNode implements AutoCloseable {

    private final NodeServer server;
    private final LedgerClient client;
    private final Path adminCard;
    private final boolean deployedNow;

    private EmbeddedNode(NodeServer server, LedgerClient client, Path adminCard, boolean deployedNow) {
        this.server = server;
        this.client = client;
        this.adminCard = adminCard;
        this.deployedNow = deployedNow;
    }

    /** Why the node cannot serve the network: said for the user, without a stack trace. */
    public static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message);
        }
    }

    /**
     * Opens the node in {@code data}, listens on {@code port} (0: any free one) and makes sure it hosts the network
     * of {@code archiveFile}: deploys it when the node does not host it yet; otherwise checks that the administrator's
     * card is there and, when the network changed since (another content hash), upgrades it.
     *
     * @throws Refusal when the network changed in a way the deployed one cannot be upgraded to (each incompatibility
     *     listed), its administrator's card is missing, or the node's data cannot be opened
     */
    public static EmbeddedNode start(Path data, int port, Path archiveFile, PrintWriter log) throws IOException, Refusal {
        String name;
        String contentHash;
        try (NetworkArchive archive = NetworkArchive.open(archiveFile)) {
            name = archive.name();
            contentHash = archive.contentHash();
        }
        NodeHost host;
        try {
            host = NodeHost.open(data, Clock.systemUTC(), log);
        } catch (IllegalStateException e) {
            throw new Refusal("the ledger's data in " + data + " cannot be opened: " + e.getMessage());
        }
        NodeServer server;
        try {
            server = NodeServer.start(host, new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            host.close();
            throw new Refusal("the ledger node cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
        }
        try {
            URI url = URI.create("http://127.0.0.1:" + server.port());
            LedgerClient client = new LedgerClient(url);
            Path card = data.resolve("cards").resolve("admin@" + name + ".card");
            JsonNode hosted = hosted(client, name);
            if (hosted == null) {
                SigningKey key = SigningKey.generate(KeyAlgorithm.ECDSA_P256);
                JsonNode deployed = client.deploy(Files.readAllBytes(archiveFile), key.publicKey().subjectPublicKeyInfo());
                Files.createDirectories(card.getParent());
                Files.deleteIfExists(card); // a card left by a deployment that did not finish
                Card.of(new Card.Connection(name, url.toString()), Certificate.ofPem(deployed.get("adminCertificate").asText()),
                        key).write(card);
                return new EmbeddedNode(server, client, card, true);
            }
            if (!Files.exists(card)) {
                throw new Refusal("the administrator's card of network " + name + " is missing: " + card);
            }
            if (!hosted.path("contentHash").asText().equals(contentHash)) {
                upgrade(client, Card.read(card), archiveFile, hosted, data, log);
            }
            return new EmbeddedNode(server, client, card, false);
        } catch (IOException | Refusal | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * Upgrades the deployed network to the archive, as {@code charter network upgrade} does: the node checks that the
     * model change is compatible and the new version runs from the block after the upgrade's.
     */
    private static void upgrade(LedgerClient client, Card admin, Path archiveFile, JsonNode hosted, Path data,
            PrintWriter log) throws IOException, Refusal {
        String name = hosted.path("network").asText();
        SubmitResult result;
        String version;
        try (NetworkArchive archive = NetworkArchive.open(archiveFile)) {
            version = archive.version();
            result = client.upgrade(name, Files.readAllBytes(archiveFile),
                    NetworkUpgrade.signed(admin, archive, Instant.now()), true);
        } catch (LedgerClientException e) {
            if (e.status() != 409) {
                throw e;
            }
            throw new Refusal("the network has changed since version " + hosted.path("version").asText() + " was deployed"
                    + " in " + data + " in ways a deployed network cannot take (its data would no longer fit the model):\n"
                    + e.getMessage() + "\nUndo those changes, or serve the network with another --data directory");
        }
        if (!result.committed()) {
            throw new Refusal("the network could not be upgraded: " + result);
        }
        log.println("charter serve: upgraded " + name + " from " + hosted.path("version").asText() + " to " + version
                + " in block " + result.block() + " (the network changed since it was deployed)");
    }

    private static JsonNode hosted(LedgerClient client, String network) {
        try {
            return client.network(network);
        } catch (LedgerClientException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    public LedgerClient client() {
        return client;
    }

    /** The node's URL, e.g. {@code http://127.0.0.1:43117}. */
    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The network administrator's card (0600). */
    public Path adminCard() {
        return adminCard;
    }

    /** Whether this start deployed the network. */
    public boolean deployedNow() {
        return deployedNow;
    }

    /** Stops serving and closes the node's data. */
    @Override
    public void close() {
        server.close();
    }
}
