package dev.charter.ledger.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.ledger.block.BlockSignatures;
import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.crypto.SigningKey;
import dev.charter.ledger.node.DataDirectory;
import dev.charter.ledger.node.LedgerNode;
import dev.charter.ledger.node.SubmitterResolver;
import dev.charter.ledger.store.RocksStateStore;
import dev.charter.ledger.testing.AccountsNetwork;
import dev.charter.ledger.testing.DataDirectories;
import dev.charter.ledger.verify.ChainVerifier;
import dev.charter.ledger.verify.Verification;
import dev.charter.runtime.access.AccessController;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a node under load with SIGKILL at random moments, again and again, restarting it on the same
 * data each time: after every restart each transaction a client was told about is in the chain with
 * the outcome it was told, and the whole chain verifies.
 */
class CrashRecoveryIT {

    private static final int ROUNDS = Integer.getInteger("charter.crash.rounds", 8);

    @TempDir
    Path dir;

    record Ack(String transactionId, long block, int index, boolean committed) {
    }

    /** Bytes of torn blocks cut off and blocks replayed by the restarts, summed. */
    private final long[] repaired = new long[2];

    @Test
    void aNodeKilledAtRandomMomentsLosesNoAcknowledgedTransaction() throws Exception {
        Path data = dir.resolve("data");
        SigningKey key = SigningKey.generate(KeyAlgorithm.ECDSA_P256);
        LedgerNode.initialise(data, AccountsNetwork.archive(), BlockSignatures.signer(key),
                Instant.parse("2026-11-29T11:00:00Z"));
        Files.write(data.resolve("orderer.key"), key.pkcs8());
        long seed = Long.getLong("charter.crash.seed", System.nanoTime());
        System.out.println("CrashRecoveryIT: seed " + seed + " (-Dcharter.crash.seed=" + seed + " repeats the kill times)");
        SplittableRandom random = new SplittableRandom(seed);
        List<Ack> acknowledged = new ArrayList<>();

        for (int round = 0; round < ROUNDS; round++) {
            acknowledged.addAll(runAndKill(data, "r" + round, random.nextInt(1500)));
            assertAllPresent(data, acknowledged);
        }

        try (LedgerNode node = DataDirectories.start(data, CrashingNode.orderer(data))) {
            assertThat(node.state().height()).hasValue(node.height());
        }
        Verification verification = new ChainVerifier(new BlockSignatures(), SubmitterResolver.EVERYONE_ADMIN,
                AccessController.ALLOW_ALL).verify(new DataDirectory(data));
        assertThat(verification.problem()).isNull();
        System.out.printf("CrashRecoveryIT: %d kills, %d acknowledged transactions, %d blocks; restarts cut off %d bytes"
                + " of torn blocks and replayed %d blocks%n", ROUNDS, acknowledged.size(), verification.blocks(),
                repaired[0], repaired[1]);
    }

    /**
     * Starts the node, lets it commit for {@code millis} after its first acknowledgement (so that it is
     * killed under load, however slow the machine), kills it and returns what it acknowledged.
     */
    private List<Ack> runAndKill(Path data, String run, long millis) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                CrashingNode.class.getName(), data.toString(), run)
                .redirectError(dir.resolve(run + ".err").toFile()).start();
        process.getOutputStream().close();
        List<Ack> acks = new ArrayList<>();
        CountDownLatch firstAck = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String[] parts = line.split(" ");
                    if (parts[0].equals("STARTED")) {
                        repaired[0] += Long.parseLong(parts[2]);
                        repaired[1] += Long.parseLong(parts[3]);
                    } else if (parts[0].equals("ACK") && parts.length == 5
                            && (parts[4].equals("committed") || parts[4].equals("refused"))) {
                        // A line cut short by the kill has fewer parts or a truncated outcome: it was never whole.
                        acks.add(new Ack(parts[1], Long.parseLong(parts[2]), Integer.parseInt(parts[3]),
                                parts[4].equals("committed")));
                        firstAck.countDown();
                    }
                }
            } catch (IOException e) {
                // The process died: what was read is what it said.
            }
        });
        reader.start();
        boolean up = firstAck.await(120, TimeUnit.SECONDS);
        if (up) {
            Thread.sleep(millis);
        }
        process.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no flush
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join();
        assertThat(up).as("the node acknowledged nothing in two minutes: %s", Files.readString(dir.resolve(run + ".err")))
                .isTrue();
        return acks;
    }

    /** Opens the node after a kill (it recovers) and looks for every acknowledged transaction. */
    private void assertAllPresent(Path data, List<Ack> acknowledged) {
        try (LedgerNode node = DataDirectories.start(data, CrashingNode.orderer(data))) {
            repaired[0] += node.recovery().truncatedBytes();
            repaired[1] += node.recovery().replayedBlocks();
            RocksStateStore state = node.state();
            for (Ack ack : acknowledged) {
                assertThat(state.locate(ack.transactionId())).as("acknowledged transaction %s", ack.transactionId())
                        .hasValue(new RocksStateStore.Location(ack.block(), ack.index()));
                assertThat(node.blocks().read(ack.block()).outcomes().get(ack.index()).committed())
                        .as("outcome of %s", ack.transactionId()).isEqualTo(ack.committed());
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
