package dev.charter.ledger.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.ledger.block.BlockSignatures;
import dev.charter.ledger.crypto.Certificate;
import dev.charter.ledger.crypto.DurableFiles;
import dev.charter.ledger.crypto.VerifyingKey;
import dev.charter.ledger.node.DataDirectory;
import dev.charter.ledger.verify.ChainVerifier;
import dev.charter.ledger.verify.Verification;
import dev.charter.runtime.archive.NetworkArchive;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The networks one node hosts, each an independent chain, under its data directory:
 * <pre>
 * node-key.pem                 the node's key: signs every block header (solo orderer)
 * networks/&lt;name&gt;/network.json  written last when a network is deployed: the network is complete
 * networks/&lt;name&gt;/…            its chain, CA and refusal log ({@link HostedNetwork})
 * </pre>
 * Networks survive restarts: {@link #open} recovers each one. A network directory without
 * {@code network.json} is a deployment a crash interrupted before anyone heard of it, and is removed.
 * Thread-safe.
 */
public final class NodeHost implements AutoCloseable {

    static final String NETWORKS = "networks";
    static final String MARKER = "network.json";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path data;
    private final NodeKey key;
    private final Clock clock;
    private final Map<String, HostedNetwork> networks = new ConcurrentSkipListMap<>();

    private NodeHost(Path data, NodeKey key, Clock clock) {
        this.data = data;
        this.key = key;
        this.clock = clock;
    }

    /**
     * Opens the node in {@code data} (created when missing) and recovers every network it hosts.
     *
     * @param log where recovery notes go (a removed incomplete deployment)
     */
    public static NodeHost open(Path data, Clock clock, PrintWriter log) throws IOException {
        Files.createDirectories(data.resolve(NETWORKS));
        NodeHost host = new NodeHost(data, NodeKey.load(data), clock);
        try (Stream<Path> directories = Files.list(data.resolve(NETWORKS))) {
            for (Path directory : directories.sorted().toList()) {
                if (!Files.exists(directory.resolve(MARKER))) {
                    log.println("charter node: removing " + directory + ": its deployment did not finish");
                    deleteTree(directory);
                    continue;
                }
                try {
                    HostedNetwork network = HostedNetwork.open(directory, host.key, clock);
                    host.networks.put(network.name(), network);
                } catch (RuntimeException e) {
                    host.close();
                    throw new IllegalStateException("Cannot open network " + directory.getFileName() + ": "
                            + e.getMessage(), e);
                }
            }
        }
        return host;
    }

    List<HostedNetwork> networks() {
        return List.copyOf(networks.values());
    }

    Optional<HostedNetwork> network(String name) {
        return Optional.ofNullable(networks.get(name));
    }

    /**
     * Deploys the network archive in {@code archive} and creates its administrator with {@code adminKey}.
     *
     * @return the network and the administrator's certificate
     * @throws IllegalArgumentException when the archive cannot be opened or the node already hosts a
     *     network of that name
     */
    public synchronized Map.Entry<HostedNetwork, Certificate> deploy(byte[] archive, VerifyingKey adminKey)
            throws IOException {
        Path upload = Files.createTempFile(data, "upload-", ".cna");
        try {
            Files.write(upload, archive);
            String name;
            try (NetworkArchive opened = NetworkArchive.open(upload)) {
                name = opened.name();
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("Not a network archive: " + e.getMessage(), e);
            }
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Network name '" + name + "' cannot name a directory: use letters,"
                        + " digits, '.', '_' and '-'");
            }
            if (networks.containsKey(name)) {
                throw new IllegalArgumentException("This node already hosts network " + name);
            }
            Path directory = data.resolve(NETWORKS).resolve(name);
            if (Files.exists(directory)) {
                deleteTree(directory);
            }
            Files.createDirectories(directory);
            Map.Entry<HostedNetwork, Certificate> deployed = HostedNetwork.deploy(directory, upload, adminKey, key, clock);
            DurableFiles.replace(directory.resolve(MARKER),
                    JSON.writeValueAsBytes(JSON.createObjectNode().put("formatVersion", 1).put("network", name)));
            networks.put(name, deployed.getKey());
            return deployed;
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    /**
     * Verifies every network of the (stopped) node in {@code data} with {@link ChainVerifier}, executing
     * blocks as the node does (submitters resolved from the network's identities, system transactions, each
     * block with the archive in force) and checking every transaction's signature with its identity's key.
     *
     * @return each network's verification, by name
     * @throws IllegalArgumentException when {@code data} is not a node's data directory
     */
    public static Map<String, Verification> verify(Path data) throws IOException {
        Path networks = data.resolve(NETWORKS);
        if (!Files.isDirectory(networks) || !Files.exists(data.resolve(NodeKey.FILE))) {
            throw new IllegalArgumentException(data + " is not a node's data directory: it has no " + NETWORKS
                    + "/ or no " + NodeKey.FILE);
        }
        String orderer = NodeKey.load(data).identityId();
        Map<String, Verification> verified = new java.util.TreeMap<>();
        try (Stream<Path> directories = Files.list(networks)) {
            for (Path directory : directories.sorted().filter(d -> Files.exists(d.resolve(MARKER))).toList()) {
                String name = directory.getFileName().toString();
                ChainVerifier verifier = new ChainVerifier(new BlockSignatures(),
                        HostedNetwork.submitters(name, orderer), null,
                        archive -> new NetworkSystemTransactions(name, archive, orderer), HostedNetwork.keys(name));
                verified.put(name, verifier.verify(new DataDirectory(HostedNetwork.chain(directory))));
            }
        }
        return verified;
    }

    @Override
    public void close() {
        for (HostedNetwork network : networks.values()) {
            network.close();
        }
        networks.clear();
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
