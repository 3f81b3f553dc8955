package dev.charter.ledger.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.charter.compiler.NetworkCompiler;
import dev.charter.ledger.block.BlockSigner;
import dev.charter.ledger.block.TestKeys;
import dev.charter.ledger.tx.SignedTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The test network {@code src/test/resources/ledger-network} (holders, accounts, transfers), compiled
 * once per JVM into a network archive, and signed transactions of it.
 */
public final class AccountsNetwork {

    public static final String NS = "org.example.accounts";
    public static final String ACCOUNT = NS + ".Account";
    public static final String HOLDER = NS + ".Holder";

    /** The network's files: resources cannot be listed when the tests run from a jar. */
    private static final List<String> FILES = List.of("charter.json", "models/accounts.cto", "logic/accounts.logic");

    private static Path archive;

    private final BlockSigner client = TestKeys.orderer();
    private final AtomicInteger next = new AtomicInteger();
    private final String prefix;
    private Instant clock = Instant.parse("2026-11-29T12:00:00.000Z");

    /** @param prefix starts every transaction id, so that two runs submit different ids */
    public AccountsNetwork(String prefix) {
        this.prefix = prefix;
    }

    /** The compiled network archive (a temporary file, shared by the tests of this JVM). */
    public static synchronized Path archive() {
        if (archive == null) {
            archive = version(Map.of());
        }
        return archive;
    }

    /**
     * Another version of the network, compiled into a temporary archive: the network's files with
     * {@code files} replacing or adding some (path in the network folder → text; a null text removes the file).
     */
    public static Path version(Map<String, String> files) {
        try {
            Path directory = Files.createTempDirectory("ledger-network");
            for (String name : FILES) {
                Path target = directory.resolve(name);
                Files.createDirectories(target.getParent());
                try (InputStream in = AccountsNetwork.class.getResourceAsStream("/ledger-network/" + name)) {
                    Files.copy(in, target);
                }
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = directory.resolve(file.getKey());
                if (file.getValue() == null) {
                    Files.delete(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, file.getValue(), UTF_8);
                }
            }
            NetworkCompiler.Compilation compilation = new NetworkCompiler().compile(directory);
            if (compilation.output().isEmpty()) {
                throw new IllegalArgumentException("The changed network does not compile: "
                        + compilation.check().diagnostics());
            }
            Path file = Files.createTempFile("ledger-accounts", ".cna");
            file.toFile().deleteOnExit();
            compilation.writeArchive(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one of the network's files, to change for {@link #version}. */
    public static String file(String name) {
        try (InputStream in = AccountsNetwork.class.getResourceAsStream("/ledger-network/" + name)) {
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A transaction signed by this client, with the next id and a timestamp one second after the previous one. */
    public synchronized SignedTransaction tx(String json) {
        clock = clock.plusSeconds(1);
        SignedTransaction unsigned = new SignedTransaction(prefix + next.incrementAndGet(), "client", clock,
                json.getBytes(UTF_8), new byte[0]);
        return new SignedTransaction(unsigned.transactionId(), unsigned.identityId(), unsigned.timestamp(),
                unsigned.payload(), client.sign(unsigned.signedBytes()));
    }

    public SignedTransaction addHolder(String id) {
        return tx("{\"$class\":\"" + NS + ".AddHolder\",\"holderId\":\"" + id + "\",\"name\":\"Holder " + id + "\"}");
    }

    public SignedTransaction openAccount(String id, String holder, long balance) {
        return tx("{\"$class\":\"" + NS + ".OpenAccount\",\"accountId\":\"" + id + "\",\"owner\":\"resource:" + HOLDER
                + "#" + holder + "\",\"balance\":" + balance + "}");
    }

    public SignedTransaction transfer(String source, String target, long amount) {
        return tx("{\"$class\":\"" + NS + ".Transfer\",\"source\":\"resource:" + ACCOUNT + "#" + source
                + "\",\"target\":\"resource:" + ACCOUNT + "#" + target + "\",\"amount\":" + amount + "}");
    }

    public SignedTransaction closeAccount(String id) {
        return tx("{\"$class\":\"" + NS + ".CloseAccount\",\"account\":\"resource:" + ACCOUNT + "#" + id + "\"}");
    }
}
