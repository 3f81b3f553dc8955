package dev.charter.ledger.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.store.RocksStateStore;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.state.StateKeys;
import dev.charter.runtime.state.StateWrite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachingIdentityResolverTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final String CUSTOMER = "org.example.loc.Customer";

    @TempDir
    Path directory;

    private RocksStateStore state;
    private IdentityRegistry registry;
    private final AtomicInteger reads = new AtomicInteger();
    private CachingIdentityResolver resolver;
    private final CertificateAuthority ca = CertificateAuthority.create("loc-network", KeyAlgorithm.ECDSA_P256, NOW);
    private String alice;

    @BeforeEach
    void aliceHasAnIdentity() {
        state = RocksStateStore.open(directory);
        registry = new IdentityRegistry("loc-network", state);
        resolver = new CachingIdentityResolver(id -> {
            reads.incrementAndGet();
            return registry.resolve(id);
        }, state::version);
        addCustomer("alice", "tx0");
        IssuedIdentity issued = ca.issue("alice", KeyAlgorithm.ECDSA_P256, NOW);
        registry.issue(Relationship.of(CUSTOMER, "alice"), issued.certificate(), "tx1");
        alice = issued.certificate().identityId().hex();
    }

    @AfterEach
    void close() {
        state.close();
    }

    @Test
    void aKnownIdentityIsReadFromTheStateOnceWhileTheStateStaysTheSame() {
        Resolution first = resolver.resolve(alice);
        assertThat(first).isInstanceOf(Resolution.Known.class);
        assertThat(resolver.resolve(alice)).isSameAs(first);
        assertThat(resolver.resolve(alice)).isSameAs(first);
        assertThat(reads).hasValue(1);
    }

    @Test
    void aRevocationIsSeenByTheFirstResolutionAfterIt() {
        assertThat(resolver.resolve(alice)).isInstanceOf(Resolution.Known.class);
        registry.revoke(alice, "tx2");
        assertThat(resolver.resolve(alice))
                .isEqualTo(new Resolution.Refused("Identity 'alice' (" + alice + ") has been revoked"));
    }

    @Test
    void anyChangeOfTheStateMakesItReadAgain() {
        Resolution before = resolver.resolve(alice);
        addCustomer("bob", "tx2");
        assertThat(resolver.resolve(alice)).isEqualTo(before).isNotSameAs(before);
        assertThat(reads).hasValue(2);
    }

    @Test
    void unknownIdsAreNotRememberedSoMadeUpIdsCannotFillTheMemory() {
        String stranger = ca.issue("mallory", KeyAlgorithm.ECDSA_P256, NOW).certificate().identityId().hex();
        assertThat(resolver.resolve(stranger)).isInstanceOf(Resolution.Refused.class);
        assertThat(resolver.resolve(stranger)).isInstanceOf(Resolution.Refused.class);
        assertThat(reads).hasValue(2);
    }

    private void addCustomer(String id, String transactionId) {
        state.commit(transactionId, List.of(StateWrite.put(StateKeys.resource(CUSTOMER, id),
                ("{\"$class\":\"" + CUSTOMER + "\",\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8))));
    }
}
