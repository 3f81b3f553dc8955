package dev.charter.ledger.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.ledger.block.Block;
import dev.charter.ledger.block.Outcome;
import dev.charter.ledger.client.SubmitResult;
import dev.charter.ledger.consensus.SoloOrderer;
import dev.charter.ledger.crypto.Certificate;
import dev.charter.ledger.crypto.DurableFiles;
import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.crypto.Pem;
import dev.charter.ledger.crypto.Verifier;
import dev.charter.ledger.crypto.VerifyingKey;
import dev.charter.ledger.identity.CertificateAuthority;
import dev.charter.ledger.identity.CachingIdentityResolver;
import dev.charter.ledger.identity.IdentityRegistry;
import dev.charter.ledger.identity.Resolution;
import dev.charter.ledger.node.LedgerNode;
import dev.charter.ledger.node.NetworkUpgrade;
import dev.charter.ledger.node.Receipt;
import dev.charter.ledger.node.SubmitterResolver;
import dev.charter.ledger.store.RocksStateStore;
import dev.charter.ledger.tx.Admission;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.ledger.tx.TransactionSigner;
import dev.charter.ledger.tx.Verdict;
import dev.charter.ledger.verify.TransactionKeys;
import dev.charter.runtime.archive.NetworkArchive;
import dev.charter.runtime.context.Submitter;
import dev.charter.runtime.model.ModelCompatibility;
import dev.charter.runtime.json.WireFormat;
import dev.charter.runtime.read.NetworkReads;
import dev.charter.runtime.resource.Typed;
import dev.charter.runtime.state.StateStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One network a node hosts, in its own directory: {@code chain/} (the {@link LedgerNode}: archive, blocks,
 * state), {@code ca/} (the network's certificate authority: {@code ca.pem}, {@code ca-key.pem}) and
 * {@code refused.jsonl} ({@link RefusalLog}). Transactions are admitted ({@link Admission}: replay, time
 * window, identity, certificate, signature — checked in parallel), ordered by a {@code solo} orderer
 * signing with the node's key, executed and committed; what admission refuses is recorded in the refusal
 * log, what execution refuses in the block.
 */
final class HostedNetwork implements AutoCloseable {

    /** How far a transaction's timestamp may be from the node's clock. */
    static final Duration WINDOW = Duration.ofMinutes(5);
    /** Block cutting: at most this many transactions, waiting at most this long for more. */
    static final int MAX_BLOCK = 2_000;
    static final Duration MAX_DELAY = Duration.ofMillis(5);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final LedgerNode node;
    private final CertificateAuthority authority;
    private final Admission admission;
    private final RefusalLog refusals;
    private final Clock clock;
    private final AtomicReference<Reads> reads = new AtomicReference<>();

    private HostedNetwork(String name, LedgerNode node, CertificateAuthority authority,
            RefusalLog refusals, Clock clock) {
        this.name = name;
        this.node = node;
        this.authority = authority;
        this.refusals = refusals;
        this.clock = clock;
        IdentityRegistry identities = new IdentityRegistry(name, node.state(), node.archive().model());
        this.admission = Admission.onAllCores(new CachingIdentityResolver(identities, node.state()::version),
                id -> node.state().locate(id).isPresent(), WINDOW, clock);
    }

    static Path chain(Path directory) {
        return directory.resolve("chain");
    }

    /**
     * Creates the network in {@code directory} from {@code archiveFile}: the chain's genesis block, the
     * network's CA, and the administrator (a {@code StartBusinessNetwork} in block 1), whose certificate the
     * CA makes for {@code adminKey}.
     *
     * @return the started network and the administrator's certificate
     */
    static Map.Entry<HostedNetwork, Certificate> deploy(Path directory, Path archiveFile, VerifyingKey adminKey,
            NodeKey key, Clock clock) throws IOException {
        LedgerNode.initialise(chain(directory), archiveFile, key.signer(), clock.instant());
        String network;
        try (NetworkArchive archive = NetworkArchive.open(archiveFile)) {
            network = archive.name();
        }
        CertificateAuthority authority = CertificateAuthority.create(network, KeyAlgorithm.ECDSA_P256, clock.instant());
        Path ca = directory.resolve("ca");
        Files.createDirectories(ca);
        DurableFiles.writeSecret(ca.resolve("ca-key.pem"),
                Pem.encodePrivateKey(authority.key()).getBytes(StandardCharsets.UTF_8));
        DurableFiles.replace(ca.resolve("ca.pem"), authority.certificate().pem().getBytes(StandardCharsets.UTF_8));
        HostedNetwork hosted = open(directory, key, clock);
        try {
            Certificate admin = authority.certify(IdentityRegistry.ADMIN, adminKey, clock.instant());
            ObjectNode start = JSON.createObjectNode().put("$class", NetworkSystemTransactions.START)
                    .put("adminCertificate", admin.pem());
            SignedTransaction transaction = new TransactionSigner(key.signingKey(), key.identityId())
                    .sign(JSON.writeValueAsBytes(start), clock.instant());
            Receipt receipt = hosted.node.submit(transaction).join();
            if (!receipt.outcome().committed()) {
                throw new IllegalStateException("Network " + network + " could not be started: "
                        + receipt.outcome().reason());
            }
            return new AbstractMap.SimpleImmutableEntry<>(hosted, admin);
        } catch (RuntimeException e) {
            hosted.close();
            throw e;
        }
    }

    /** Opens (and recovers) the network in {@code directory}. */
    static HostedNetwork open(Path directory, NodeKey key, Clock clock) throws IOException {
        Path ca = directory.resolve("ca");
        CertificateAuthority authority;
        String network;
        LedgerNode node = LedgerNode.open(chain(directory), new SoloOrderer(key.signer(), MAX_BLOCK, MAX_DELAY, clock),
                submitters(directory.getFileName().toString(), key.identityId()), null,
                archive -> new NetworkSystemTransactions(archive.name(), archive, key.identityId()));
        try {
            network = node.archive().name();
            authority = CertificateAuthority.of(network,
                    Certificate.ofPem(Files.readString(ca.resolve("ca.pem"), StandardCharsets.UTF_8)),
                    Pem.decodePrivateKey(Files.readString(ca.resolve("ca-key.pem"), StandardCharsets.UTF_8)));
            return new HostedNetwork(network, node, authority, RefusalLog.open(directory), clock);
        } catch (IOException | RuntimeException e) {
            node.close();
            throw e;
        }
    }

    /**
     * Who signed a transaction, resolved from the network's identities in the state as the transaction sees
     * it; the node's own key acts as the administrator (it submits only {@code StartBusinessNetwork}).
     * One registry per state (a block's), all sharing the identity records they parsed.
     */
    static SubmitterResolver submitters(String network, String ordererId) {
        record Registry(StateStore state, IdentityRegistry identities) {
        }
        AtomicReference<Registry> last = new AtomicReference<>();
        return (identityId, state) -> {
            if (identityId.equals(ordererId)) {
                return SubmitterResolver.Resolution.of(Submitter.admin(identityId));
            }
            Registry registry = last.get();
            if (registry == null || registry.state() != state) {
                registry = new Registry(state, registry == null ? new IdentityRegistry(network, state)
                        : registry.identities().over(state));
                last.set(registry);
            }
            Resolution resolution = registry.identities().resolve(identityId);
            return resolution instanceof Resolution.Known known ? SubmitterResolver.Resolution.of(known.submitter())
                    : SubmitterResolver.Resolution.refused(((Resolution.Refused) resolution).reason());
        };
    }

    /**
     * The key of each identity of the network, as {@link dev.charter.ledger.verify.ChainVerifier} needs it: from
     * the identity's record in the state. Keys are cached by identity id (an id is its key's hash); whether the
     * record exists is looked up every time.
     */
    static TransactionKeys keys(String network) {
        Map<String, Verifier> cache = new ConcurrentHashMap<>();
        return (identityId, state) -> {
            if (state.get(IdentityRegistry.key(identityId)).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(cache.computeIfAbsent(identityId, id -> Certificate.ofPem(new IdentityRegistry(network,
                    state).find(id).orElseThrow().getCertificate()).publicKey()));
        };
    }

    String name() {
        return name;
    }

    LedgerNode node() {
        return node;
    }

    /** A certificate from the network's CA for {@code name} holding {@code key}. */
    Certificate certify(String identityName, VerifyingKey key) {
        return authority.certify(identityName, key, clock.instant());
    }

    /**
     * Admits, orders and commits a batch. Each future completes with the transaction's result: refused by
     * admission at once; otherwise, with {@code wait}, once its block is durable, else as accepted.
     */
    List<CompletableFuture<SubmitResult>> submit(List<SignedTransaction> batch, boolean wait) {
        List<Verdict> verdicts = admission.admit(batch);
        List<CompletableFuture<SubmitResult>> results = new ArrayList<>(batch.size());
        List<Map.Entry<SignedTransaction, String>> refused = new ArrayList<>();
        for (Verdict verdict : verdicts) {
            if (verdict instanceof Verdict.Refused refusal) {
                refused.add(Map.entry(refusal.transaction(), refusal.reason()));
            }
        }
        refusals.record(refused, clock.instant());
        for (Verdict verdict : verdicts) {
            String id = verdict.transaction().transactionId();
            if (verdict instanceof Verdict.Refused refusal) {
                results.add(CompletableFuture.completedFuture(refusedBeforeOrdering(id, refusal.reason())));
                continue;
            }
            CompletableFuture<SubmitResult> result = node.submit(verdict.transaction()).handle((receipt, failure) -> {
                if (failure == null) {
                    return result(receipt);
                }
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                if (cause instanceof IllegalArgumentException refusal) { // a duplicate, an upgrade without its archive
                    refusals.record(List.of(Map.entry(verdict.transaction(), refusal.getMessage())), clock.instant());
                    return refusedBeforeOrdering(id, refusal.getMessage());
                }
                throw new IllegalStateException(cause.getMessage(), cause);
            });
            results.add(wait ? result
                    : CompletableFuture.completedFuture(new SubmitResult(id, SubmitResult.ACCEPTED, -1, -1, null)));
        }
        return results;
    }

    /**
     * Upgrades the network to {@code archive}, with {@code transaction} (the administrator's
     * {@code UpgradeBusinessNetwork} naming it): refuses, changing nothing, when the archive is not a newer
     * version of this network compatible with the one in force, or the transaction does not name it; otherwise
     * stores the archive durably, then submits the transaction like any other.
     *
     * @throws IncompatibleUpgrade listing every incompatibility of the model
     * @throws IllegalArgumentException when the archive or the transaction is not an upgrade of this network
     */
    synchronized CompletableFuture<SubmitResult> upgrade(byte[] archive, SignedTransaction transaction, boolean wait)
            throws IOException {
        Path upload = Files.createTempFile(node.directory(), "upload-", ".cna");
        try {
            Files.write(upload, archive);
            try (NetworkArchive next = openUpload(upload)) {
                NetworkArchive current = node.archive();
                Optional<String> target = NetworkUpgrade.target(transaction);
                if (target.isEmpty()) {
                    throw new IllegalArgumentException("The transaction is not an " + NetworkUpgrade.TYPE);
                }
                if (!target.get().equals(next.contentHash())) {
                    throw new IllegalArgumentException("The transaction upgrades to '" + target.get() + "', but the archive"
                            + " is " + next);
                }
                Optional<NetworkUpgrade.Refusal> refusal = NetworkUpgrade.refusal(current, next);
                if (refusal.isPresent()) {
                    throw refusal.get().incompatibilities().isEmpty() ? new IllegalArgumentException(refusal.get().message())
                            : new IncompatibleUpgrade(refusal.get().message(), refusal.get().incompatibilities());
                }
                node.archives().store(next, archive);
            }
        } finally {
            Files.deleteIfExists(upload);
        }
        return submit(List.of(transaction), wait).get(0);
    }

    private static NetworkArchive openUpload(Path upload) throws IOException {
        try {
            return NetworkArchive.open(upload);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a network archive: " + e.getMessage(), e);
        }
    }

    /** An upgrade refused because its model changes incompatibly: every incompatibility. */
    static final class IncompatibleUpgrade extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient List<ModelCompatibility.Incompatibility> incompatibilities;

        IncompatibleUpgrade(String message, List<ModelCompatibility.Incompatibility> incompatibilities) {
            super(message);
            this.incompatibilities = incompatibilities;
        }

        List<ModelCompatibility.Incompatibility> incompatibilities() {
            return incompatibilities;
        }
    }

    private static SubmitResult refusedBeforeOrdering(String id, String reason) {
        return new SubmitResult(id, SubmitResult.REFUSED, -1, -1, reason);
    }

    private SubmitResult result(Receipt receipt) {
        Outcome outcome = receipt.outcome();
        WireFormat wire = node.archive().wireFormat();
        List<JsonNode> events = receipt.events().stream().map(event -> (JsonNode) wire.toJson(event)).toList();
        Object value = receipt.returnValue();
        JsonNode returned = value == null ? null
                : value instanceof Typed typed ? wire.toJson(typed) : wire.mapper().valueToTree(value);
        return new SubmitResult(receipt.transactionId(), outcome.committed() ? SubmitResult.COMMITTED
                : SubmitResult.REFUSED, receipt.block(), receipt.index(), outcome.reason(), events, returned);
    }

    /** What the network knows of a transaction: in a block (committed or refused), refused before ordering, or unknown. */
    SubmitResult status(String transactionId) {
        Optional<RocksStateStore.Location> location = node.state().locate(transactionId);
        if (location.isPresent()) {
            Block block = node.blocks().read(location.get().block());
            Outcome outcome = block.outcomes().get(location.get().index());
            return new SubmitResult(transactionId, outcome.committed() ? SubmitResult.COMMITTED : SubmitResult.REFUSED,
                    block.number(), location.get().index(), outcome.reason());
        }
        return refusals.find(transactionId)
                .map(record -> refusedBeforeOrdering(transactionId, record.get("reason").asText()))
                .orElse(new SubmitResult(transactionId, SubmitResult.UNKNOWN, -1, -1, null));
    }

    Optional<JsonNode> refusal(String transactionId) {
        return refusals.find(transactionId);
    }

    /** Checks who signed a read ({@link Admission#authenticate}): it is not ordered, recorded or remembered. */
    Verdict authenticate(SignedTransaction read) {
        return admission.authenticate(read);
    }

    /**
     * Why the identity {@code identityId} is no longer one the node accepts, or empty while it is
     * ({@link Admission#refusal}): checked again before each block an event stream sends.
     */
    Optional<String> notAccepted(String identityId) {
        return admission.refusal(identityId);
    }

    /** Reads of the committed state under the network's access rules, made for the archive the node runs now. */
    NetworkReads reads() {
        Reads current = reads.get();
        if (current == null || current.archive() != node.archive()) {
            current = new Reads(node.archive(), NetworkReads.of(node.archive(), node.state()));
            reads.set(current);
        }
        return current.reads();
    }

    private record Reads(NetworkArchive archive, NetworkReads reads) {
    }

    @Override
    public void close() {
        admission.close();
        node.close();
        try {
            refusals.close();
        } catch (IOException e) {
            // the log is forced after every record: nothing is lost
        }
    }
}
