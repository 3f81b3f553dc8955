package dev.charter.ledger.tx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.identity.CertificateAuthority;
import dev.charter.ledger.identity.IdentityRegistry;
import dev.charter.ledger.identity.IssuedIdentity;
import dev.charter.runtime.context.Submitter;
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
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdmissionTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final String TRADER = "org.example.trading.Trader";

    private final InMemoryStateStore state = new InMemoryStateStore();
    private final IdentityRegistry registry = new IdentityRegistry("trade-network", state);
    private final CertificateAuthority ca = CertificateAuthority.create("trade-network", KeyAlgorithm.ECDSA_P256, NOW);
    private final TransactionSigner alice = identity("alice", KeyAlgorithm.ECDSA_P256);
    private final TransactionSigner bob = identity("bob", KeyAlgorithm.ED25519);
    private final Set<String> committed = Set.of("committed-1");
    private final Admission admission = new Admission(registry, committed::contains, WINDOW, Clock.fixed(NOW, ZoneOffset.UTC), 1);

    @AfterEach
    void close() {
        admission.close();
    }

    @Test
    void wellSignedTransactionsOfBothAlgorithmsAreAdmittedAsTheirParticipants() {
        SignedTransaction fromAlice = trade(alice, "t1", NOW);
        SignedTransaction fromBob = trade(bob, "t2", NOW);
        assertThat(admission.admit(List.of(fromAlice, fromBob))).containsExactly(
                new Verdict.Admitted(fromAlice, Submitter.of(Relationship.of(TRADER, "alice"), fromAlice.identityId())),
                new Verdict.Admitted(fromBob, Submitter.of(Relationship.of(TRADER, "bob"), fromBob.identityId())));
    }

    @Test
    void tamperedPayloadIsRefusedForItsSignature() {
        SignedTransaction tx = trade(alice, "t1", NOW);
        byte[] payload = new String(tx.payload(), StandardCharsets.UTF_8).replace("\"price\":10", "\"price\":99")
                .getBytes(StandardCharsets.UTF_8);
        SignedTransaction tampered = new SignedTransaction(tx.transactionId(), tx.identityId(), tx.timestamp(), payload,
                tx.signature());
        assertThat(reason(tampered)).isEqualTo("The signature of transaction t1 does not verify with the key of identity"
                + " 'alice' (" + tx.identityId() + ")");
    }

    @Test
    void tamperedSignatureTimestampOrIdIsRefusedForItsSignature() {
        SignedTransaction tx = trade(bob, "t1", NOW);
        byte[] signature = tx.signature().clone();
        signature[10] ^= 1;
        String bobsReason = "does not verify with the key of identity 'bob' (" + tx.identityId() + ")";
        assertThat(reason(new SignedTransaction("t1", tx.identityId(), NOW, tx.payload(), signature))).endsWith(bobsReason);
        assertThat(reason(new SignedTransaction("t1", tx.identityId(), NOW.plusMillis(1), tx.payload(), tx.signature())))
                .endsWith(bobsReason);
        assertThat(reason(new SignedTransaction("t9", tx.identityId(), NOW, tx.payload(), tx.signature())))
                .endsWith(bobsReason);
    }

    @Test
    void transactionClaimingAnotherIdentityIsRefused() {
        SignedTransaction byAlice = trade(alice, "t1", NOW);
        String bobsId = trade(bob, "t2", NOW).identityId();
        SignedTransaction claimed = new SignedTransaction("t1", bobsId, NOW, byAlice.payload(), byAlice.signature());
        assertThat(reason(claimed)).isEqualTo("The signature of transaction t1 does not verify with the key of identity"
                + " 'bob' (" + bobsId + ")");
    }

    @Test
    void unknownAndRevokedIdentitiesAreRefused() {
        IssuedIdentity stranger = ca.issue("mallory", KeyAlgorithm.ECDSA_P256, NOW);
        String strangerId = stranger.certificate().identityId().hex();
        SignedTransaction unknown = trade(new TransactionSigner(stranger.key(), strangerId), "t1", NOW);
        assertThat(reason(unknown)).isEqualTo("Identity " + strangerId + " is not known to network trade-network");

        SignedTransaction fromAlice = trade(alice, "t2", NOW);
        registry.revoke(fromAlice.identityId(), "revoke-alice");
        assertThat(reason(fromAlice)).isEqualTo("Identity 'alice' (" + fromAlice.identityId() + ") has been revoked");
    }

    @Test
    void committedTransactionIdIsRefusedAsAReplay() {
        assertThat(reason(trade(alice, "committed-1", NOW)))
                .isEqualTo("Transaction committed-1 has already been submitted (replay)");
    }

    @Test
    void secondCopyInABatchIsRefusedButAForgedFirstCopyDoesNotBlockTheRealOne() {
        SignedTransaction tx = trade(alice, "t1", NOW);
        SignedTransaction forged = new SignedTransaction("t1", tx.identityId(), NOW, tx.payload(), new byte[70]);
        List<Verdict> verdicts = admission.admit(List.of(forged, tx, tx));
        assertThat(verdicts.get(0)).isInstanceOf(Verdict.Refused.class);
        assertThat(verdicts.get(1)).isInstanceOf(Verdict.Admitted.class);
        assertThat(verdicts.get(2)).isEqualTo(new Verdict.Refused(tx, "Transaction t1 appears more than once in the batch (replay)"));
    }

    @Test
    void timestampsOutsideTheWindowAreRefusedAndItsEdgesAdmitted() {
        assertThat(admission.admit(List.of(trade(alice, "t1", NOW.minus(WINDOW)), trade(alice, "t2", NOW.plus(WINDOW)))))
                .allMatch(v -> v instanceof Verdict.Admitted);
        assertThat(reason(trade(alice, "t3", NOW.minus(WINDOW).minusMillis(1)))).isEqualTo("Transaction t3 has timestamp"
                + " 2026-11-29T11:54:59.999Z, 300.001 s behind the node's clock (2026-11-29T12:00:00.000Z); the window"
                + " is 300.0 s either way");
        assertThat(reason(trade(alice, "t4", NOW.plus(Duration.ofHours(1))))).contains("3600.0 s ahead of the node's clock");
    }

    @Test
    void certificateExpiredAtTheTransactionsTimestampIsRefused() {
        Instant longAgo = Instant.parse("2024-01-01T00:00:00Z");
        IssuedIdentity old = ca.issue("old", KeyAlgorithm.ECDSA_P256, longAgo);
        state.put("setup", StateKeys.resource(TRADER, "old"), "{}".getBytes(StandardCharsets.UTF_8));
        registry.issue(Relationship.of(TRADER, "old"), old.certificate(), "issue-old");
        SignedTransaction tx = trade(new TransactionSigner(old.key(), old.certificate().identityId().hex()), "t1", NOW);
        assertThat(reason(tx)).isEqualTo("The certificate of identity 'old' (" + tx.identityId() + ") is not valid at"
                + " 2026-11-29T12:00:00.000Z: it is valid from 2023-12-31T23:55:00.000Z to 2024-12-30T23:55:00.000Z");
    }

    @Test
    void anIdentityGoesOnBeingAcceptedUntilItIsRevokedOrItsCertificateExpires() {
        String aliceId = trade(alice, "t1", NOW).identityId();
        assertThat(admission.refusal(aliceId)).isEmpty();
        registry.revoke(aliceId, "revoke-alice");
        assertThat(admission.refusal(aliceId)).hasValue("Identity 'alice' (" + aliceId + ") has been revoked");
        String strangerId = ca.issue("mallory", KeyAlgorithm.ECDSA_P256, NOW).certificate().identityId().hex();
        assertThat(admission.refusal(strangerId)).hasValue("Identity " + strangerId + " is not known to network trade-network");

        IssuedIdentity old = ca.issue("old", KeyAlgorithm.ECDSA_P256, Instant.parse("2024-01-01T00:00:00Z"));
        state.put("setup", StateKeys.resource(TRADER, "old"), "{}".getBytes(StandardCharsets.UTF_8));
        registry.issue(Relationship.of(TRADER, "old"), old.certificate(), "issue-old");
        String oldId = old.certificate().identityId().hex();
        try (Admission then = new Admission(registry, committed::contains, WINDOW,
                Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC), 1)) {
            assertThat(then.refusal(oldId)).isEmpty();
        }
        assertThat(admission.refusal(oldId)).hasValue("The certificate of identity 'old' (" + oldId + ") is not valid at"
                + " 2026-11-29T12:00:00.000Z: it is valid from 2023-12-31T23:55:00.000Z to 2024-12-30T23:55:00.000Z");
    }

    @Test
    void parallelAdmissionGivesTheVerdictsOfSequentialAdmission() {
        IssuedIdentity stranger = ca.issue("mallory", KeyAlgorithm.ED25519, NOW);
        TransactionSigner unknown = new TransactionSigner(stranger.key(), stranger.certificate().identityId().hex());
        Random random = new Random(7);
        List<SignedTransaction> batch = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            SignedTransaction tx = trade(random.nextBoolean() ? alice : bob, "t" + random.nextInt(500),
                    NOW.plusSeconds(random.nextInt(800) - 400));
            batch.add(switch (random.nextInt(6)) {
                case 0 -> new SignedTransaction(tx.transactionId(), tx.identityId(), tx.timestamp(), tx.payload(),
                        new byte[] {1});
                case 1 -> trade(unknown, tx.transactionId(), tx.timestamp());
                case 2 -> trade(alice, "committed-1", NOW);
                default -> tx;
            });
        }
        List<Verdict> sequential = admission.admit(batch);
        try (Admission parallel = new Admission(registry, committed::contains, WINDOW, Clock.fixed(NOW, ZoneOffset.UTC), 4)) {
            assertThat(parallel.admit(batch)).isEqualTo(sequential);
        }
        assertThat(sequential).filteredOn(v -> v instanceof Verdict.Admitted).hasSizeGreaterThan(100);
        assertThat(sequential).filteredOn(v -> v instanceof Verdict.Refused).hasSizeGreaterThan(100);
    }

    private String reason(SignedTransaction tx) {
        Verdict verdict = admission.admit(List.of(tx)).get(0);
        assertThat(verdict).isInstanceOf(Verdict.Refused.class);
        return ((Verdict.Refused) verdict).reason();
    }

    private TransactionSigner identity(String name, KeyAlgorithm algorithm) {
        IssuedIdentity issued = ca.issue(name, algorithm, NOW);
        state.put("setup", StateKeys.resource(TRADER, name), ("{\"$class\":\"" + TRADER + "\",\"tradeId\":\"" + name + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        registry.issue(Relationship.of(TRADER, name), issued.certificate(), "issue-" + name);
        return new TransactionSigner(issued.key(), issued.certificate().identityId().hex());
    }

    private static SignedTransaction trade(TransactionSigner signer, String id, Instant time) {
        return signer.sign(("{\"$class\":\"org.example.trading.Trade\",\"transactionId\":\"" + id + "\",\"price\":10}")
                .getBytes(StandardCharsets.UTF_8), time);
    }
}
