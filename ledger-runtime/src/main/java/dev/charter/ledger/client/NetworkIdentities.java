package dev.charter.ledger.client;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.ledger.card.Card;
import dev.charter.ledger.crypto.Certificate;
import dev.charter.ledger.crypto.KeyAlgorithm;
import dev.charter.ledger.crypto.SigningKey;
import dev.charter.ledger.identity.IdentityException;
import dev.charter.ledger.tx.TransactionSigner;
import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.resource.Identity;
import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.Relationship;
import java.time.Clock;
import java.util.Objects;

/**
 * The identities of a network on a node, administered with the administrator's card: the one place that
 * issues an identity (a new key pair made here, a certificate for it from the network's CA on the node, a
 * {@code BindIdentity} the administrator signs, and the card), binds an existing certificate and revokes
 * one. {@code charter identity issue} and the REST service's {@code /api/system/identities} both use it.
 * Thread-safe.
 */
public final class NetworkIdentities {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SYSTEM = ModelInfo.SYSTEM_NAMESPACE + ".";

    private final LedgerClient client;
    private final Card admin;
    private final Clock clock;

    /** @param admin the administrator's card; its connection names the network */
    public NetworkIdentities(LedgerClient client, Card admin, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.admin = Objects.requireNonNull(admin, "admin");
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
        String network = admin.connection().network();
        Certificate certificate = Certificate.ofPem(client.certify(network, name, key.publicKey().subjectPublicKeyInfo()));
        SubmitResult bound = bind("resource:" + participant.type() + "#" + participant.id(), certificate);
        return new Issued(Card.of(new Card.Connection(network, admin.connection().node()), certificate, key), bound);
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

    private SubmitResult submit(ObjectNode transaction) {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(transaction);
        } catch (JacksonException e) {
            throw new IllegalStateException("Cannot write a JSON tree", e);
        }
        SubmitResult result = client.submit(admin.connection().network(),
                TransactionSigner.of(admin).sign(bytes, clock.instant()), true);
        if (!result.committed()) {
            throw new IdentityException(result.reason() != null ? result.reason() : result.toString());
        }
        return result;
    }
}
