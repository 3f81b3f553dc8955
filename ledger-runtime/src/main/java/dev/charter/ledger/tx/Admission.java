package dev.charter.ledger.tx;

import dev.charter.ledger.crypto.Certificate;
import dev.charter.ledger.identity.IdentityResolver;
import dev.charter.ledger.identity.Resolution;
import dev.charter.runtime.json.IsoTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Decides which signed transactions go on to ordering: the gate in front of consensus. Each transaction
 * is checked, in this order, and refused with the reason of the first check it fails:
 * <ol>
 *   <li>its id has not been committed before ({@code committed}; a replay is refused);</li>
 *   <li>its timestamp is within {@code window} of this node's clock, either way;</li>
 *   <li>its identity is known to the network, not revoked, and its participant exists ({@link IdentityResolver});</li>
 *   <li>the identity's certificate is valid at the transaction's timestamp;</li>
 *   <li>its signature verifies with the certificate's key over {@link SignedTransaction#signedBytes()}.</li>
 * </ol>
 * Then, in batch order, a transaction whose id an earlier admitted transaction of the batch has is refused,
 * so that two copies of one transaction never both reach a block.
 *
 * <p>The checks of a batch run in parallel on {@code threads} threads (signature verification dominates);
 * verdicts are the same as with one thread and come back in batch order. The resolver and the
 * {@code committed} lookup must be thread-safe. Close the admission to stop its threads.
 */
public final class Admission implements AutoCloseable {

    /** Batches smaller than this are checked on the calling thread: handing them over costs more than it saves. */
    private static final int MIN_PARALLEL_BATCH = 32;

    private final IdentityResolver identities;
    private final Predicate<String> committed;
    private final Duration window;
    private final Clock clock;
    private final int threads;
    private final ExecutorService executor;

    /**
     * @param identities resolves identity ids (e.g. the network's {@link dev.charter.ledger.identity.IdentityRegistry})
     * @param committed true for a transaction id that has been committed before (backed by the ledger's state)
     * @param window how far a transaction's timestamp may be from this node's clock, either way
     * @param clock this node's clock
     * @param threads how many threads check a batch; 1 checks on the calling thread
     */
    public Admission(IdentityResolver identities, Predicate<String> committed, Duration window, Clock clock,
            int threads) {
        this.identities = Objects.requireNonNull(identities, "identities");
        this.committed = Objects.requireNonNull(committed, "committed");
        this.window = Objects.requireNonNull(window, "window");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (window.isNegative() || threads < 1) {
            throw new IllegalArgumentException("Admission needs a window of 0 or more and at least one thread, not "
                    + window + " and " + threads);
        }
        this.threads = threads;
        AtomicInteger count = new AtomicInteger();
        this.executor = threads == 1 ? null : Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "charter-admission-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** One thread per core. */
    public static Admission onAllCores(IdentityResolver identities, Predicate<String> committed, Duration window,
            Clock clock) {
        return new Admission(identities, committed, window, clock, Runtime.getRuntime().availableProcessors());
    }

    /** The verdicts on a batch, in batch order. */
    public List<Verdict> admit(List<SignedTransaction> batch) {
        Instant now = clock.instant();
        Verdict[] verdicts = new Verdict[batch.size()];
        if (executor == null || batch.size() < MIN_PARALLEL_BATCH) {
            check(batch, 0, batch.size(), now, verdicts);
        } else {
            int chunks = Math.min(threads * 4, batch.size() / (MIN_PARALLEL_BATCH / 4));
            int size = (batch.size() + chunks - 1) / chunks;
            List<Callable<Void>> tasks = new ArrayList<>(chunks);
            for (int from = 0; from < batch.size(); from += size) {
                int start = from;
                int end = Math.min(batch.size(), from + size);
                tasks.add(() -> {
                    check(batch, start, end, now, verdicts);
                    return null;
                });
            }
            runAll(tasks);
        }
        refuseRepeats(verdicts);
        return Arrays.asList(verdicts);
    }

    private void check(List<SignedTransaction> batch, int from, int to, Instant now, Verdict[] verdicts) {
        for (int i = from; i < to; i++) {
            verdicts[i] = check(batch.get(i), now);
        }
    }

    private Verdict check(SignedTransaction transaction, Instant now) {
        String id = transaction.transactionId();
        if (id.isEmpty() || id.length() > TransactionSigner.MAX_ID_LENGTH) {
            return new Verdict.Refused(transaction, "Transaction id '" + id + "' must be 1 to "
                    + TransactionSigner.MAX_ID_LENGTH + " characters long");
        }
        if (committed.test(id)) {
            return new Verdict.Refused(transaction, "Transaction " + id + " has already been submitted (replay)");
        }
        return authenticate(transaction, now);
    }

    /**
     * The checks of who signed, alone — time window, identity, certificate, signature (checks 2 to 5) — for a
     * signed read: it is neither ordered nor recorded, so its id is not checked against those seen before.
     */
    public Verdict authenticate(SignedTransaction signed) {
        return authenticate(signed, clock.instant());
    }

    private Verdict authenticate(SignedTransaction transaction, Instant now) {
        String id = transaction.transactionId();
        Duration skew = Duration.between(now, transaction.timestamp());
        if (skew.abs().compareTo(window) > 0) {
            return new Verdict.Refused(transaction, "Transaction " + id + " has timestamp "
                    + IsoTime.format(transaction.timestamp()) + ", " + describe(skew) + " the node's clock ("
                    + IsoTime.format(now) + "); the window is " + window.toMillis() / 1000.0 + " s either way");
        }
        Resolution resolution = accepted(transaction.identityId(), transaction.timestamp());
        if (resolution instanceof Resolution.Refused refused) {
            return new Verdict.Refused(transaction, refused.reason());
        }
        Resolution.Known known = (Resolution.Known) resolution;
        if (!known.certificate().publicKey().verify(transaction.signedBytes(), transaction.signature())) {
            return new Verdict.Refused(transaction, "The signature of transaction " + id
                    + " does not verify with the key of identity '" + known.name() + "' (" + transaction.identityId()
                    + ")");
        }
        return new Verdict.Admitted(transaction, known.submitter());
    }

    /**
     * Why identity {@code identityId} is not one this node accepts now — unknown, revoked, its participant removed,
     * its certificate not valid — or empty when it is: the checks of {@link #authenticate} on the signer alone, for
     * one that was authenticated once and goes on reading (an event stream).
     */
    public Optional<String> refusal(String identityId) {
        return accepted(identityId, clock.instant()) instanceof Resolution.Refused refused ? Optional.of(refused.reason())
                : Optional.empty();
    }

    /** The identity, when it is known and live and its certificate valid at {@code at}; else why not. */
    private Resolution accepted(String identityId, Instant at) {
        Resolution resolution = identities.resolve(identityId);
        if (resolution instanceof Resolution.Known known && !known.certificate().isValidAt(at)) {
            Certificate certificate = known.certificate();
            return new Resolution.Refused("The certificate of identity '" + known.name() + "' (" + identityId
                    + ") is not valid at " + IsoTime.format(at) + ": it is valid from "
                    + IsoTime.format(certificate.notBefore()) + " to " + IsoTime.format(certificate.notAfter()));
        }
        return resolution;
    }

    private static String describe(Duration skew) {
        Duration abs = skew.abs();
        return abs.toMillis() / 1000.0 + " s " + (skew.isNegative() ? "behind" : "ahead of");
    }

    private static void refuseRepeats(Verdict[] verdicts) {
        Set<String> admitted = new HashSet<>();
        for (int i = 0; i < verdicts.length; i++) {
            if (verdicts[i] instanceof Verdict.Admitted admittedVerdict
                    && !admitted.add(admittedVerdict.transaction().transactionId())) {
                verdicts[i] = new Verdict.Refused(admittedVerdict.transaction(), "Transaction "
                        + admittedVerdict.transaction().transactionId() + " appears more than once in the batch (replay)");
            }
        }
    }

    private void runAll(List<Callable<Void>> tasks) {
        try {
            for (Future<Void> done : executor.invokeAll(tasks)) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while admitting a batch", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("Admission failed", e.getCause());
        }
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdown();
        }
    }
}
