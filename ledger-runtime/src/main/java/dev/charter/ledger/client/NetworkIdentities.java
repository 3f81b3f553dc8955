package dev.charter.ledger.client;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.ledger.card.Card;
import dev.charter.ledger.crypto.Certificate;
import dev.charter.ledger.crypto.IdentityId;
import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.crypto.SigningKey;
import dev.charter.ledger.crypto.VerifyingKey;
import dev.charter.ledger.identity.IdentityException;
import dev.charter.ledger.tx.TransactionSigner;
import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.resource.Identity;
import dev.charter.runtime.resource.IdentityState;
import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.Relationship;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The identities of a network on a node, administered with the administrator's card: the one place that
 * issues an identity (a new key pair made here, a certificate for it from the network's CA on the node, asked for
 * in a request the administrator signs, a {@code BindIdentity} the administrator signs, and the card), binds an
 * existing certificate, revokes one, and lists or finds them (signed reads, under the network's access rules).
 * {@code charter identity …} and the REST service's {@code /api/system/identities} both use it. Thread-safe.
 */
public final class NetworkIdentities {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SYSTEM = ModelInfo.SYSTEM_NAMESPACE + ".";

    private final LedgerClient client;
    private final Card admin;
    private final NetworkReader reader;
    private final Clock clock;

    /** @param admin the administrator's card; its connection names the network */
    public NetworkIdentities(LedgerClient client, Card admin, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.admin = Objects.requireNonNull(admin, "admin");
        this.reader = new NetworkReader(client, admin);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** An issued identity: its card (private key included) and the committed {@code BindIdentity}. */
    public record Issued(Card card, SubmitResult binding) {
    }

    /**
     * Issues a new identity for {@code participant} named {@code name}: the key pair is made here and only its
     * public key goes to the node, whose CA certifies it; the administrator binds the certificate.
     *
     * @throws IdentityException when the network refuses the binding (the reason says why)
     * @throws LedgerClientException when the node cannot be reached or refuses the request
     */
    public Issued issue(Relationship<Participant> participant, String name, KeyAlgorithm algorithm) {
        SigningKey key = SigningKey.generate(algorithm);
        String network = network();
        Certificate certificate = certify(name, key.publicKey());
        SubmitResult bound = bind("resource:" + participant.type() + "#" + participant.id(), certificate);
        return new Issued(Card.of(new Card.Connection(network, admin.connection().node()), certificate, key), bound);
    }

    /**
     * A certificate from the network's CA for {@code name} holding {@code publicKey}, asked for in a request the
     * administrator signs: the node certifies only for its network's administrator. The certificate grants nothing
     * until it is bound ({@link #bind}).
     *
     * @throws LedgerClientException when the node cannot be reached or refuses the request: 401 when it does not
     *     accept the card's identity (unknown, revoked), 403 when the card is not the administrator's
     */
    public Certificate certify(String name, VerifyingKey publicKey) {
        return reader.certificate(name, publicKey);
    }

    /**
     * Binds an existing certificate (from any authority) to {@code participant} ({@code resource:ns.Type#id}).
     *
     * @throws IdentityException when the network refuses it
     */
    public SubmitResult bind(String participant, Certificate certificate) {
        return submit(JSON.createObjectNode().put("$class", SYSTEM + "BindIdentity").put("participant", participant)
                .put("certificate", certificate.pem()));
    }

    /**
     * Revokes the identity {@code identityId} for good.
     *
     * @throws IdentityException when the network refuses it (unknown, or revoked already)
     */
    public SubmitResult revoke(String identityId) {
        return submit(JSON.createObjectNode().put("$class", SYSTEM + "RevokeIdentity")
                .put("identity", "resource:" + Identity.TYPE + "#" + identityId));
    }

    /**
     * Every identity of the network, revoked ones included, in identity id order: Composer's
     * {@code org.hyperledger.composer.system.Identity} records ({@code identityId, name, issuer, certificate,
     * state, participant}), read as the card's identity under the network's access rules.
     *
     * @throws LedgerClientException when the node cannot be reached or refuses the read
     */
    public List<JsonNode> list() {
        ReadPage.Request request = ReadPage.Request.first(1000);
        List<JsonNode> identities = new ArrayList<>();
        for (ReadPage page = reader.resources(Identity.TYPE, request); ;
                page = reader.resources(Identity.TYPE, request.after(page.nextCursor()))) {
            identities.addAll(page.items());
            if (page.nextCursor() == null) {
                return identities;
            }
        }
    }

    /**
     * The identity record with this id (64 hex digits), or else the live (not revoked) identity with this name.
     *
     * @throws IdentityException when the network has neither
     * @throws LedgerClientException when the node cannot be reached or refuses the read
     */
    public JsonNode find(String idOrName) {
        if (IdentityId.isWellFormed(idOrName)) {
            return reader.resource(Identity.TYPE, idOrName).orElseThrow(() ->
                    new IdentityException("Identity " + idOrName + " is not known to network " + network()));
        }
        return list().stream().filter(identity -> identity.path("name").asText().equals(idOrName)
                        && !identity.path("state").asText().equals(IdentityState.REVOKED.name()))
                .findFirst().orElseThrow(() -> new IdentityException("Network " + network()
                        + " has no live identity named '" + idOrName + "'"));
    }

    private String network() {
        return admin.connection().network();
    }

    private SubmitResult submit(ObjectNode transaction) {
        SubmitResult result = client.submit(network(),
                TransactionSigner.of(admin).sign(bytes(transaction), clock.instant()), true);
        if (!result.committed()) {
            throw new IdentityException(result.reason() != null ? result.reason() : result.toString());
        }
        return result;
    }

    private static byte[] bytes(ObjectNode json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (JacksonException e) {
            throw new IllegalStateException("Cannot write a JSON tree", e);
        }
    }
}
