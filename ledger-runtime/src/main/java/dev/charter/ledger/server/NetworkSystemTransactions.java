package dev.charter.ledger.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.ledger.block.Outcome;
import dev.charter.ledger.crypto.Certificate;
import dev.charter.ledger.identity.IdentityRegistry;
import dev.charter.ledger.node.SystemTransactions;
import dev.charter.ledger.tx.SignedTransaction;
import dev.charter.runtime.NetworkException;
import dev.charter.runtime.archive.NetworkArchive;
import dev.charter.runtime.context.Submitter;
import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.resource.Identity;
import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.state.StateKeys;
import dev.charter.runtime.state.StateStore;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * The Composer system transactions a Charter node executes for a network, in blocks like every other
 * transaction (so identities and seeded resources are replayed and verified with the chain):
 * <ul>
 *   <li>{@code StartBusinessNetwork} {@code {adminCertificate}}: creates the network administrator; only
 *       the node's orderer key may submit it, once, when the network is deployed;</li>
 *   <li>{@code BindIdentity} {@code {participant, certificate}}: gives an existing participant an identity;</li>
 *   <li>{@code RevokeIdentity} {@code {identity}}: revokes one for good.</li>
 * </ul>
 * All but the first are the network administrator's. A transaction is recognised by the start of its
 * canonical payload, {@code {"$class":"org.hyperledger.composer.system.<name>"}, which RFC 8785 key order
 * puts first.
 *
 * <p>Composer's registry system transactions ({@code AddAsset}, {@code UpdateAsset}, {@code RemoveAsset} and
 * their participant twins) are not handled here: they go to the network's executor like its own
 * transactions, whose {@code SystemContract} validates them, asks the access rules and records them in the
 * historian — as Composer did.
 */
final class NetworkSystemTransactions implements SystemTransactions {

    static final String NAMESPACE = ModelInfo.SYSTEM_NAMESPACE + ".";
    static final String START = NAMESPACE + "StartBusinessNetwork";
    static final String BIND = NAMESPACE + "BindIdentity";
    static final String REVOKE = NAMESPACE + "RevokeIdentity";

    private static final byte[] PREFIX = ("{\"$class\":\"" + NAMESPACE).getBytes(StandardCharsets.UTF_8);
    /** The registry system transactions, which the network's executor runs. */
    private static final Set<String> REGISTRY = Set.of("AddAsset", "UpdateAsset", "RemoveAsset", "AddParticipant",
            "UpdateParticipant", "RemoveParticipant");

    private final String network;
    private final NetworkArchive archive;
    private final String ordererId;

    NetworkSystemTransactions(String network, NetworkArchive archive, String ordererId) {
        this.network = network;
        this.archive = archive;
        this.ordererId = ordererId;
    }

    @Override
    public boolean handles(SignedTransaction transaction) {
        byte[] payload = transaction.payload();
        if (payload.length <= PREFIX.length || !Arrays.equals(payload, 0, PREFIX.length, PREFIX, 0, PREFIX.length)) {
            return false;
        }
        int end = PREFIX.length;
        while (end < payload.length && payload[end] != '"') {
            end++;
        }
        return !REGISTRY.contains(new String(payload, PREFIX.length, end - PREFIX.length, StandardCharsets.UTF_8));
    }

    @Override
    public Outcome execute(SignedTransaction transaction, Submitter submitter, StateStore state) {
        String id = transaction.transactionId();
        try {
            JsonNode json = archive.wireFormat().readTree(transaction.payload());
            String type = json.path("$class").asText();
            if (type.equals(START)) {
                if (!transaction.identityId().equals(ordererId)) {
                    return Outcome.refused("Only the node deploying network " + network + " may start it");
                }
                registry(state).deployAdmin(Certificate.ofPem(text(json, "adminCertificate")), id);
                return Outcome.ok();
            }
            if (!submitter.isAdmin() || transaction.identityId().equals(ordererId)) {
                return Outcome.refused("Only the network administrator may submit " + type);
            }
            switch (type) {
                case BIND -> {
                    Relationship<Participant> participant = Relationship.parse(text(json, "participant"));
                    if (state.get(StateKeys.resource(participant.type(), participant.id())).isEmpty()) {
                        return Outcome.refused("Participant '" + participant.type() + "#" + participant.id()
                                + "' does not exist in network " + network);
                    }
                    registry(state).bind(participant, Certificate.ofPem(text(json, "certificate")), id);
                }
                case REVOKE -> {
                    Relationship<Identity> identity = Relationship.parse(text(json, "identity"));
                    if (!identity.type().equals(Identity.TYPE)) {
                        return Outcome.refused("identity must be a relationship to an " + Identity.TYPE + ", not "
                                + identity.type());
                    }
                    registry(state).revoke(identity.id(), id);
                }
                default -> {
                    return Outcome.refused("The system transaction " + type + " is not supported by this node");
                }
            }
            return Outcome.ok();
        } catch (NetworkException | IllegalArgumentException e) {
            return Outcome.refused(e.getMessage());
        }
    }

    private IdentityRegistry registry(StateStore state) {
        return new IdentityRegistry(network, state, archive.model());
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(json.path("$class").asText() + " needs " + field + " (a string)");
        }
        return value.asText();
    }
}
