package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.cli.bench.TradeLedger;
import dev.charter.cli.bench.TradeNetwork;
import dev.charter.cli.bench.TradeWorkload;
import dev.charter.ledger.client.SubmitResult;
import dev.charter.ledger.server.NodeHost;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.ledger.verify.Verification;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node process under load is killed with SIGKILL at random moments, 20 times — up to half a second after
 * it first acknowledged a commit since its start — and restarted on the same data each time: every transaction it acknowledged as committed is still there, the chain verifies, and
 * the node commits new transactions.
 */
class NodeCrashIT {

    private static final int KILLS = 20;
    private static final int BATCH = 10;

    @TempDir
    Path dir;

    private static boolean isEmpty(List<String> committed) {
        synchronized (committed) {
            return committed.isEmpty();
        }
    }

    @Test
    void everyAcknowledgedTransactionSurvivesTwentySigkillsUnderLoadAndTheChainVerifies() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path archive = dir.resolve("trade.cna");
        TradeNetwork.compileTo(archive);
        Path data = dir.resolve("data");
        NodeProcess node = NodeProcess.start(data);
        try {
            TradeLedger ledger = TradeLedger.deploy(node.client(), archive, new TradeWorkload(10, 5_000));
            List<String> acknowledged = new ArrayList<>();
            AtomicInteger next = new AtomicInteger();
            for (int kill = 0; kill < KILLS; kill++) {
                TradeLedger current = ledger.on(node.client());
                List<String> committed = new ArrayList<>();
                Thread load = new Thread(() -> {
                    try {
                        while (true) {
                            List<SignedTransaction> batch = new ArrayList<>(BATCH);
                            for (int i = 0; i < BATCH; i++) {
                                batch.add(current.trade(next.getAndIncrement()));
                            }
                            for (SubmitResult result : current.client().submitBatch(current.network(), batch, true)) {
                                if (result.committed()) {
                                    synchronized (committed) {
                                        committed.add(result.transactionId());
                                    }
                                }
                            }
                        }
                    } catch (RuntimeException e) {
                        // the node was killed under us: what it acknowledged is in committed
                    }
                }, "crash-load");
                load.start();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (isEmpty(committed) && load.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                Thread.sleep(random.nextInt(500));
                node.kill();
                load.join(60_000);
                assertThat(load.isAlive()).isFalse();
                synchronized (committed) {
                    assertThat(committed).as("kill %d (seed %d): the node committed transactions under load", kill, seed)
                            .isNotEmpty();
                    acknowledged.addAll(committed);
                }

                node = NodeProcess.start(data);
                for (String id : committed) {
                    assertThat(current.on(node.client()).reader().status(id).orElseThrow().get("status").asText())
                            .as("kill %d (seed %d): acknowledged transaction %s", kill, seed, id).isEqualTo("committed");
                }
                Map<String, Verification> verified = NodeHost.verify(data);
                assertThat(verified.get(current.network()).holds())
                        .as("kill %d (seed %d): %s", kill, seed, verified.get(current.network()).problem()).isTrue();
            }
            TradeLedger last = ledger.on(node.client());
            for (String id : acknowledged) {
                assertThat(last.reader().status(id).orElseThrow().get("status").asText()).isEqualTo("committed");
            }
            List<SignedTransaction> more = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                more.add(last.trade(next.getAndIncrement()));
            }
            assertThat(last.client().submitBatch(last.network(), more, true)).anyMatch(SubmitResult::committed);
        } finally {
            node.close();
        }
    }
}
