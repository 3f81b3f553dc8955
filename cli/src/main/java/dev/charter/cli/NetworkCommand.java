package dev.charter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.compiler.NetworkCompiler;
import dev.charter.ledger.card.Card;
import dev.charter.ledger.client.LedgerClient;
import dev.charter.ledger.client.SubmitResult;
import dev.charter.ledger.crypto.Certificate;
import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.crypto.SigningKey;
import dev.charter.ledger.node.NetworkUpgrade;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.runtime.archive.ArchiveException;
import dev.charter.runtime.archive.NetworkArchive;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charter network …}: deploy networks on a node and upgrade them. */
@Command(name = "network", mixinStandardHelpOptions = true,
        description = {"Deploy a network on a node and upgrade it (its identities: charter identity issue|bind|revoke|list",
                "--card admin.card)."},
        subcommands = {NetworkCommand.Deploy.class, NetworkCommand.Upgrade.class})
final class NetworkCommand {

    /** {@code charter network deploy <archive> --card admin.card}. */
    @Command(name = "deploy", mixinStandardHelpOptions = true,
            description = {"Install and start a network archive (.cna, from 'charter compile') on a node. The node's",
                    "certificate authority certifies a new administrator key, made here: the administrator's card",
                    "(private key included) is written to --card and the key never leaves this machine."})
    static final class Deploy implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "<archive>", description = "The network archive (.cna).")
        Path archive;

        @Option(names = "--card", required = true, paramLabel = "<file>",
                description = "Where to write the administrator's card (a new file).")
        Path card;

        @Option(names = "--node", defaultValue = LedgerCommands.DEFAULT_NODE, paramLabel = "<url>",
                description = "The node's URL (default: ${DEFAULT-VALUE}).")
        String node;

        @Override
        public Integer call() {
            return LedgerCommands.run(spec, () -> {
                if (Files.exists(card)) {
                    throw new FileAlreadyExistsException(card.toString());
                }
                byte[] bytes = Files.readAllBytes(archive);
                SigningKey key = SigningKey.generate(KeyAlgorithm.ECDSA_P256);
                LedgerClient client = new LedgerClient(java.net.URI.create(node));
                JsonNode deployed = client.deploy(bytes, key.publicKey().subjectPublicKeyInfo());
                String network = deployed.get("network").asText();
                Card admin = Card.of(new Card.Connection(network, node),
                        Certificate.ofPem(deployed.get("adminCertificate").asText()), key);
                admin.write(card);
                spec.commandLine().getOut().printf("Deployed %s %s (%s) on %s; administrator's card: %s%n", network,
                        deployed.get("version").asText(), deployed.get("contentHash").asText(), node, card);
                return Charter.ExitCode.OK;
            });
        }
    }

    /** {@code charter network upgrade <archive.cna | network-dir> --card admin.card}. */
    @Command(name = "upgrade", mixinStandardHelpOptions = true,
            description = {"Install a newer version of a deployed network: an archive (.cna) or a network directory,",
                    "compiled here. The node checks that the model change is compatible (no removed or retyped types",
                    "or fields, no new required fields without a default, no removed enum values) and lists every",
                    "incompatibility, changing nothing; otherwise it keeps the archive and orders the administrator's",
                    "UpgradeBusinessNetwork transaction. The new version runs from the block after the upgrade's."})
    static final class Upgrade implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LedgerCommands.Connection connection;

        @Parameters(paramLabel = "<archive.cna | network-dir>",
                description = "The new version: a network archive, or a network's directory to compile.")
        Path network;

        @Override
        public Integer call() {
            if (Files.isDirectory(network)) {
                Integer usage = Networks.requireNetwork(spec, "network upgrade", network);
                if (usage != null) {
                    return usage;
                }
            }
            return LedgerCommands.run(spec, () -> {
                Card admin = connection.requireCard();
                Path file = network;
                Path compiled = null;
                if (Files.isDirectory(network)) {
                    Optional<NetworkCompiler.Compilation> compilation = Networks.compile(spec, "network upgrade", network);
                    if (compilation.isEmpty()) {
                        return Charter.ExitCode.PROBLEMS;
                    }
                    compiled = Files.createTempFile("charter-upgrade-", ".cna");
                    NetworkArchives.write(compilation.get(), compiled);
                    file = compiled;
                }
                try {
                    byte[] bytes = Files.readAllBytes(file);
                    SignedTransaction upgrade;
                    String version;
                    String hash;
                    try (NetworkArchive archive = NetworkArchive.open(file)) {
                        upgrade = NetworkUpgrade.signed(admin, archive, Instant.now());
                        version = archive.version();
                        hash = archive.contentHash();
                    } catch (ArchiveException e) {
                        throw new IllegalArgumentException(e.getMessage(), e);
                    }
                    LedgerClient client = connection.client();
                    String name = connection.network();
                    String before = client.network(name).path("version").asText();
                    SubmitResult result = client.upgrade(name, bytes, upgrade, true);
                    if (!result.committed()) {
                        spec.commandLine().getErr().println(spec.qualifiedName() + ": " + result);
                        return Charter.ExitCode.PROBLEMS;
                    }
                    spec.commandLine().getOut().printf("Upgraded %s from %s to %s (%s) in block %d; %s runs from block %d%n",
                            name, before, version, hash, result.block(), version, result.block() + 1);
                    return Charter.ExitCode.OK;
                } finally {
                    if (compiled != null) {
                        Files.deleteIfExists(compiled);
                    }
                }
            });
        }
    }
}
