package dev.charter.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.ledger.card.Card;
import dev.charter.ledger.client.LedgerClient;
import dev.charter.ledger.client.NetworkIdentities;
import dev.charter.ledger.client.NetworkReader;
import dev.charter.ledger.client.SubmitResult;
import dev.charter.ledger.crypto.Certificate;
import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.crypto.SigningKey;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.ledger.tx.TransactionSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The built-in trade network deployed on a node and made ready for load: its traders and commodities
 * added ({@code AddParticipant}, {@code AddAsset}) and every trader given an identity, whose key signs the
 * trades it sells ({@link TradeWorkload}). Used by {@code charter bench ledger} and the crash test.
 */
public final class TradeLedger {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SYSTEM = "org.hyperledger.composer.system.";
    /** Resources per AddParticipant / AddAsset transaction. */
    private static final int RESOURCES_PER_TRANSACTION = 500;

    private final LedgerClient client;
    private final String network;
    private final TradeWorkload workload;
    private final List<TransactionSigner> traders;
    private final Card admin;

    private TradeLedger(LedgerClient client, String network, TradeWorkload workload, List<TransactionSigner> traders,
            Card admin) {
        this.client = client;
        this.network = network;
        this.workload = workload;
        this.traders = traders;
        this.admin = admin;
    }

    /**
     * Deploys the trade network archive {@code archive} through {@code client}, seeds {@code workload}'s
     * traders and commodities and gives each trader an identity with a P-256 key.
     *
     * @throws IllegalStateException when a setup transaction is refused
     */
    public static TradeLedger deploy(LedgerClient client, Path archive, TradeWorkload workload) throws IOException {
        return deploy(client, archive, workload, KeyAlgorithm.ECDSA_P256);
    }

    /** As {@link #deploy(LedgerClient, Path, TradeWorkload)}, the traders' keys of {@code algorithm}. */
    public static TradeLedger deploy(LedgerClient client, Path archive, TradeWorkload workload, KeyAlgorithm algorithm)
            throws IOException {
        SigningKey adminKey = SigningKey.generate(KeyAlgorithm.ECDSA_P256);
        JsonNode deployed = client.deploy(Files.readAllBytes(archive), adminKey.publicKey().subjectPublicKeyInfo());
        String network = deployed.get("network").asText();
        Card adminCard = Card.of(new Card.Connection(network, client.node().toString()),
                Certificate.ofPem(deployed.get("adminCertificate").asText()), adminKey);
        TransactionSigner admin = new TransactionSigner(adminKey, adminKey.publicKey().identityId().hex());
        List<String> resources = workload.resources();
        List<SignedTransaction> setup = new ArrayList<>();
        add(admin, SYSTEM + "AddParticipant", SYSTEM + "ParticipantRegistry#" + TradeNetwork.TRADER,
                resources.subList(0, workload.traders()), setup);
        add(admin, SYSTEM + "AddAsset", SYSTEM + "AssetRegistry#" + TradeNetwork.COMMODITY,
                resources.subList(workload.traders(), resources.size()), setup);
        List<SigningKey> keys = IntStream.range(0, workload.traders()).parallel()
                .mapToObj(t -> SigningKey.generate(algorithm)).toList();
        List<TransactionSigner> traders = new ArrayList<>(keys.size());
        NetworkIdentities identities = new NetworkIdentities(client, adminCard, Clock.systemUTC());
        for (int t = 0; t < keys.size(); t++) {
            SigningKey key = keys.get(t);
            String id = TradeWorkload.traderId(t);
            Certificate certificate = identities.certify(id, key.publicKey());
            setup.add(admin.sign(bytes(JSON.createObjectNode().put("$class", SYSTEM + "BindIdentity")
                    .put("participant", "resource:" + TradeNetwork.TRADER + "#" + id)
                    .put("certificate", certificate.pem())), Instant.now()));
            traders.add(new TransactionSigner(key, certificate.identityId().hex()));
        }
        for (SubmitResult result : client.submitBatch(network, setup, true)) {
            if (!result.committed()) {
                throw new IllegalStateException("Setting up the trade network failed: " + result);
            }
        }
        return new TradeLedger(client, network, workload, traders, adminCard);
    }

    private static void add(TransactionSigner admin, String type, String registry, List<String> resources,
            List<SignedTransaction> into) {
        for (int from = 0; from < resources.size(); from += RESOURCES_PER_TRANSACTION) {
            ObjectNode transaction = JSON.createObjectNode().put("$class", type).put("targetRegistry", "resource:" + registry);
            ArrayNode array = transaction.putArray("resources");
            for (String resource : resources.subList(from, Math.min(resources.size(), from + RESOURCES_PER_TRANSACTION))) {
                try {
                    array.add(JSON.readTree(resource));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            into.add(admin.sign(bytes(transaction), Instant.now()));
        }
    }

    /** The same network and identities, reached through another client (a restarted node's new address). */
    public TradeLedger on(LedgerClient other) {
        return new TradeLedger(other, network, workload, traders, admin);
    }

    public String network() {
        return network;
    }

    public LedgerClient client() {
        return client;
    }

    /** Reads of the network — its chain too, which only members may read — as its administrator. */
    public NetworkReader reader() {
        return new NetworkReader(client, admin);
    }

    public TradeWorkload workload() {
        return workload;
    }

    /** Trade {@code n} of the workload's cycle, signed by its seller's identity now, with a new transaction id. */
    public SignedTransaction trade(int n) {
        int seller = Integer.parseInt(workload.seller(n).participant().id().substring("TRADER".length()));
        return traders.get(seller).sign(workload.trade(n).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Instant.now());
    }

    private static byte[] bytes(ObjectNode json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
