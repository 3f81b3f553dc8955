package dev.charter.cli.bench;

import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.identity.CertificateAuthority;
import dev.charter.ledger.identity.IdentityRegistry;
import dev.charter.ledger.identity.IssuedIdentity;
import dev.charter.ledger.tx.Admission;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.ledger.tx.TransactionSigner;
import dev.charter.ledger.tx.Verdict;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.state.InMemoryStateStore;
import dev.charter.runtime.state.StateKeys;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Transactions admitted per second on all cores: batches of {@link #BATCH} Trade transactions signed by
 * {@link #IDENTITIES} identities go through {@link Admission} (replay lookup, time window, identity
 * resolution from world state, certificate validity, signature verification). Run by
 * {@code charter bench sign}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Threads(1)
public class AdmissionBenchmark {

    public static final int BATCH = 1_000;
    public static final int IDENTITIES = 100;

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    /** {@link KeyAlgorithm#id()} of the submitters' keys. */
    @Param({"ecdsa-p256", "ed25519"})
    public String algorithm;

    private Admission admission;
    private List<SignedTransaction> batch;

    @Setup(Level.Trial)
    public void signBatch() {
        InMemoryStateStore state = new InMemoryStateStore();
        IdentityRegistry registry = new IdentityRegistry("trade-network", state);
        CertificateAuthority ca = CertificateAuthority.create("trade-network", KeyAlgorithm.ECDSA_P256, NOW);
        List<TransactionSigner> signers = new ArrayList<>();
        for (int i = 0; i < IDENTITIES; i++) {
            String trader = "T" + i;
            IssuedIdentity issued = ca.issue(trader, KeyAlgorithm.fromId(algorithm), NOW);
            state.put("setup", StateKeys.resource("org.example.trading.Trader", trader),
                    ("{\"$class\":\"org.example.trading.Trader\",\"tradeId\":\"" + trader + "\"}").getBytes(StandardCharsets.UTF_8));
            registry.issue(Relationship.of("org.example.trading.Trader", trader), issued.certificate(), "issue-" + trader);
            signers.add(new TransactionSigner(issued.key(), issued.certificate().identityId().hex()));
        }
        batch = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            String trade = "{\"$class\":\"org.example.trading.Trade\",\"commodity\":\"resource:org.example.trading.Commodity#C"
                    + i + "\",\"newOwner\":\"resource:org.example.trading.Trader#T" + (i + 1) % IDENTITIES + "\"}";
            batch.add(signers.get(i % IDENTITIES).sign(trade.getBytes(StandardCharsets.UTF_8), NOW));
        }
        admission = Admission.onAllCores(registry, id -> false, Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));
        for (Verdict verdict : admission.admit(batch)) {
            if (!(verdict instanceof Verdict.Admitted)) {
                throw new IllegalStateException("The benchmark's batch should be admitted whole: " + verdict);
            }
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        admission.close();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public List<Verdict> admit() {
        return admission.admit(batch);
    }
}
