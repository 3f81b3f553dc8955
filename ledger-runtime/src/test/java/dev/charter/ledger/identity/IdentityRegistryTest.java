package dev.charter.ledger.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.runtime.context.Submitter;
import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.resource.Identity;
import dev.charter.runtime.resource.IdentityState;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.state.InMemoryStateStore;
import dev.charter.runtime.state.StateKeys;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdentityRegistryTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final String CUSTOMER = "org.example.loc.Customer";

    private final InMemoryStateStore state = new InMemoryStateStore();
    private final IdentityRegistry registry = new IdentityRegistry("loc-network", state);
    private final CertificateAuthority ca = CertificateAuthority.create("loc-network", KeyAlgorithm.ECDSA_P256, NOW);

    @Test
    void issuedIdentityIsAComposerIdentityRecordInWorldState() {
        IssuedIdentity alice = ca.issue("alice", KeyAlgorithm.ECDSA_P256, NOW);
        String id = alice.certificate().identityId().hex();
        registry.issue(Relationship.of(CUSTOMER, "alice"), alice.certificate(), "tx1");

        String json = new String(state.get("resource/org.hyperledger.composer.system.Identity/" + id).orElseThrow(),
                StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\"$class\":\"org.hyperledger.composer.system.Identity\",\"identityId\":\"" + id
                + "\",\"name\":\"alice\",\"issuer\":\"CN=loc-network CA,O=loc-network\",\"certificate\":\"-----BEGIN CERTIFICATE-----");
        assertThat(json).endsWith("\"state\":\"ISSUED\",\"participant\":\"resource:org.example.loc.Customer#alice\"}");
        assertThat(state.history(IdentityRegistry.key(id)).get(0).transactionId()).isEqualTo("tx1");
    }

    @Test
    void identityOfAnExistingParticipantResolvesToThatParticipant() {
        addParticipant("alice");
        IssuedIdentity alice = ca.issue("alice", KeyAlgorithm.ED25519, NOW);
        registry.issue(Relationship.of(CUSTOMER, "alice"), alice.certificate(), "tx1");
        String id = alice.certificate().identityId().hex();

        Resolution.Known known = (Resolution.Known) registry.resolve(id);
        assertThat(known.submitter()).isEqualTo(Submitter.of(Relationship.of(CUSTOMER, "alice"), id));
        assertThat(known.name()).isEqualTo("alice");
        assertThat(known.certificate()).isEqualTo(alice.certificate());
    }

    @Test
    void unknownIdentityIsRefusedNamingTheNetwork() {
        String id = ca.issue("bob", KeyAlgorithm.ECDSA_P256, NOW).certificate().identityId().hex();
        assertThat(registry.resolve(id))
                .isEqualTo(new Resolution.Refused("Identity " + id + " is not known to network loc-network"));
        assertThat(registry.resolve("not-an-id"))
                .isEqualTo(new Resolution.Refused("Identity not-an-id is not known to network loc-network"));
    }

    @Test
    void revokedIdentityIsRefused() {
        addParticipant("alice");
        IssuedIdentity alice = ca.issue("alice", KeyAlgorithm.ECDSA_P256, NOW);
        String id = alice.certificate().identityId().hex();
        registry.issue(Relationship.of(CUSTOMER, "alice"), alice.certificate(), "tx1");
        Identity revoked = registry.revoke(id, "tx2");

        assertThat(revoked.getState()).isEqualTo(IdentityState.REVOKED);
        assertThat(registry.resolve(id))
                .isEqualTo(new Resolution.Refused("Identity 'alice' (" + id + ") has been revoked"));
        assertThatThrownBy(() -> registry.revoke(id, "tx3")).isInstanceOf(IdentityException.class)
                .hasMessage("Identity 'alice' (" + id + ") has already been revoked");
        assertThat(state.history(IdentityRegistry.key(id))).extracting(v -> v.transactionId())
                .containsExactly("tx1", "tx2");
    }

    @Test
    void anIdentityResolvedBeforeItsRevocationIsRefusedAfterItInEveryStateThatHoldsTheRevocation() {
        addParticipant("alice");
        IssuedIdentity alice = ca.issue("alice", KeyAlgorithm.ECDSA_P256, NOW);
        String id = alice.certificate().identityId().hex();
        registry.issue(Relationship.of(CUSTOMER, "alice"), alice.certificate(), "tx1");
        assertThat(registry.resolve(id)).isInstanceOf(Resolution.Known.class);

        InMemoryStateStore later = new InMemoryStateStore();
        state.scan("").forEach(entry -> later.put("copy", entry.key(), entry.value()));
        IdentityRegistry overLater = registry.over(later);
        overLater.revoke(id, "tx2");

        assertThat(overLater.resolve(id)).isEqualTo(new Resolution.Refused("Identity 'alice' (" + id + ") has been revoked"));
        assertThat(registry.resolve(id)).isInstanceOf(Resolution.Known.class); // its own state has no revocation
        assertThat(overLater.resolve(id)).isInstanceOf(Resolution.Refused.class);
    }

    @Test
    void identityOfAMissingParticipantIsRefused() {
        IssuedIdentity alice = ca.issue("alice", KeyAlgorithm.ECDSA_P256, NOW);
        String id = alice.certificate().identityId().hex();
        registry.issue(Relationship.of(CUSTOMER, "alice"), alice.certificate(), "tx1");
        assertThat(registry.resolve(id)).isEqualTo(new Resolution.Refused(
                "Participant 'org.example.loc.Customer#alice' of identity 'alice' (" + id + ") does not exist"));
    }

    @Test
    void recordWhoseCertificateIsOfAnotherKeyIsRefused() {
        addParticipant("alice");
        IssuedIdentity alice = ca.issue("alice", KeyAlgorithm.ECDSA_P256, NOW);
        registry.issue(Relationship.of(CUSTOMER, "alice"), alice.certificate(), "tx1");
        String aliceId = alice.certificate().identityId().hex();
        String otherId = ca.issue("other", KeyAlgorithm.ECDSA_P256, NOW).certificate().identityId().hex();
        String record = new String(state.get(IdentityRegistry.key(aliceId)).orElseThrow(), StandardCharsets.UTF_8);
        state.put("tamper", IdentityRegistry.key(otherId), record.replace(aliceId, otherId).getBytes(StandardCharsets.UTF_8));
        assertThat(registry.resolve(otherId)).isEqualTo(new Resolution.Refused("The record of identity 'alice' ("
                + otherId + ") holds the certificate of another key (" + aliceId + ")"));
    }

    @Test
    void boundCertificateFromAnotherAuthorityResolves() {
        addParticipant("carol");
        CertificateAuthority external = CertificateAuthority.create("fabric-ca", KeyAlgorithm.ECDSA_P256, NOW);
        IssuedIdentity carol = external.issue("carol", KeyAlgorithm.ECDSA_P256, NOW);
        Identity bound = registry.bind(Relationship.of(CUSTOMER, "carol"), carol.certificate(), "tx1");
        assertThat(bound.getState()).isEqualTo(IdentityState.BOUND);
        assertThat(registry.resolve(bound.getIdentityId())).isInstanceOf(Resolution.Known.class);
    }

    @Test
    void aKeyIsBoundOnceAndANameIsUsedOnce() {
        IssuedIdentity alice = ca.issue("alice", KeyAlgorithm.ECDSA_P256, NOW);
        registry.issue(Relationship.of(CUSTOMER, "alice"), alice.certificate(), "tx1");
        assertThatThrownBy(() -> registry.bind(Relationship.of(CUSTOMER, "bob"), alice.certificate(), "tx2"))
                .isInstanceOf(IdentityException.class)
                .hasMessage("The key of this certificate already has identity 'alice' ("
                        + alice.certificate().identityId() + ") in network loc-network");
        IssuedIdentity otherAlice = ca.issue("alice", KeyAlgorithm.ECDSA_P256, NOW);
        assertThatThrownBy(() -> registry.issue(Relationship.of(CUSTOMER, "alice2"), otherAlice.certificate(), "tx3"))
                .hasMessage("Network loc-network already has an identity named 'alice'");
    }

    @Test
    void deployedAdminResolvesToTheNetworkAdministrator() {
        IssuedIdentity admin = ca.issue("admin", KeyAlgorithm.ECDSA_P256, NOW);
        Identity identity = registry.deployAdmin(admin.certificate(), "deploy");
        assertThat(identity.getState()).isEqualTo(IdentityState.ACTIVATED);
        Resolution.Known known = (Resolution.Known) registry.resolve(identity.getIdentityId());
        assertThat(known.submitter().isAdmin()).isTrue();
        assertThat(state.get("resource/org.hyperledger.composer.system.NetworkAdmin/admin")).isPresent();
        assertThatThrownBy(() -> registry.deployAdmin(ca.issue("admin2", KeyAlgorithm.ECDSA_P256, NOW).certificate(), "again"))
                .hasMessage("Network loc-network already has its administrator");
    }

    @Test
    void withTheNetworksModelAnIdentityIsOnlyForAParticipantType() {
        String model = "{\"formatVersion\":1,\"types\":["
                + "{\"name\":\"org.example.loc.Customer\",\"kind\":\"PARTICIPANT\",\"identifiedBy\":\"id\","
                + "\"superType\":\"org.hyperledger.composer.system.Participant\",\"fields\":[{\"name\":\"id\",\"type\":\"String\"}]},"
                + "{\"name\":\"org.example.loc.Letter\",\"kind\":\"ASSET\",\"identifiedBy\":\"id\","
                + "\"superType\":\"org.hyperledger.composer.system.Asset\",\"fields\":[{\"name\":\"id\",\"type\":\"String\"}]}]}";
        IdentityRegistry typed = new IdentityRegistry("loc-network", state,
                ModelInfo.read(new ByteArrayInputStream(model.getBytes(StandardCharsets.UTF_8))));
        IssuedIdentity alice = ca.issue("alice", KeyAlgorithm.ECDSA_P256, NOW);
        assertThatThrownBy(() -> typed.issue(Relationship.of("org.example.loc.Letter", "L1"), alice.certificate(), "tx1"))
                .hasMessageContaining("has property participant with type org.example.loc.Letter that is not derived from"
                        + " org.hyperledger.composer.system.Participant");
        assertThat(typed.issue(Relationship.of(CUSTOMER, "alice"), alice.certificate(), "tx2").getState())
                .isEqualTo(IdentityState.ISSUED);
    }

    private void addParticipant(String id) {
        state.put("setup", StateKeys.resource(CUSTOMER, id),
                ("{\"$class\":\"" + CUSTOMER + "\",\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
