package dev.charter.ledger.identity;

import dev.charter.ledger.crypto.Certificate;
import dev.charter.ledger.crypto.IdentityId;
import dev.charter.runtime.context.Submitter;
import dev.charter.runtime.json.WireFormat;
import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.resource.Identity;
import dev.charter.runtime.resource.IdentityState;
import dev.charter.runtime.resource.NetworkAdmin;
import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.resource.Resource;
import dev.charter.runtime.state.StateEntry;
import dev.charter.runtime.state.StateKeys;
import dev.charter.runtime.state.StateStore;
import dev.charter.runtime.state.StateTransaction;
import dev.charter.runtime.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A network's identities as world state (Composer's identity registry): each is an
 * {@code org.hyperledger.composer.system.Identity} stored under
 * {@code resource/org.hyperledger.composer.system.Identity/<identity id>} in Composer's wire format,
 * so identity changes are committed, versioned and replayed like every other state.
 *
 * <p>Life cycle: {@link #issue} (state {@code ISSUED}, a certificate the network's CA made) or
 * {@link #bind} (state {@code BOUND}, an existing certificate) for a participant; {@link #revoke}
 * (state {@code REVOKED}, for good). {@link #deployAdmin} creates the network administrator. Each change
 * is committed to the store under the transaction id the caller gives.
 *
 * <p>Whether a participant exists is checked when its identity is {@link #resolve resolved}, that is
 * when a transaction is admitted — participants can be removed after their identity was issued.
 * Thread-safe: any number of threads may resolve while one changes identities.
 */
public final class IdentityRegistry implements IdentityResolver {

    /** The id of the {@link NetworkAdmin} participant created at deploy, as in Composer. */
    public static final String ADMIN = "admin";

    private static final WireFormat WIRE = new WireFormat(ModelInfo.system(), IdentityRegistry.class.getClassLoader());

    private final String network;
    private final StateStore state;
    private final Validator validator;
    /**
     * The records {@link #resolve} parsed, by identity id, with their bytes: a record is parsed again only
     * when its bytes in the state differ (it was revoked), not for every transaction.
     */
    private final Map<String, Parsed> parsed;

    /** An identity record as stored, read, and its certificate read. */
    private record Parsed(byte[] json, Identity identity, Certificate certificate) {
    }

    /**
     * The identities of a network whose model is not at hand (tests and the admission benchmark):
     * records are written in the wire format but not validated, so a participant's type is only checked
     * when the identity is resolved (the participant must exist).
     */
    public IdentityRegistry(String network, StateStore state) {
        this(network, state, (Validator) null, new ConcurrentHashMap<>());
    }

    /**
     * The identities of a network with the given model: records are validated against it, so an identity
     * can only be given to an instance of one of the network's participant types.
     */
    public IdentityRegistry(String network, StateStore state, ModelInfo model) {
        this(network, state, new Validator(model), new ConcurrentHashMap<>());
    }

    private IdentityRegistry(String network, StateStore state, Validator validator, Map<String, Parsed> parsed) {
        this.network = network;
        this.state = state;
        this.validator = validator;
        this.parsed = parsed;
    }

    /**
     * The same network's identities over another state (e.g. a block's view of it), sharing what this
     * registry has parsed: records are compared byte for byte before a parsed one is reused.
     */
    public IdentityRegistry over(StateStore other) {
        return new IdentityRegistry(network, other, validator, parsed);
    }

    public String network() {
        return network;
    }

    /** The state key of an identity record. */
    public static String key(String identityId) {
        return StateKeys.resource(Identity.TYPE, identityId);
    }

    /**
     * Records a certificate the network's CA issued to the participant; the identity's name is the
     * certificate's common name.
     *
     * @throws IdentityException when the key already has an identity, or a live identity has that name
     */
    public Identity issue(Relationship<? extends Participant> participant, Certificate certificate, String transactionId) {
        return add(participant, certificate, IdentityState.ISSUED, transactionId);
    }

    /**
     * Binds an existing certificate (from any authority) to the participant.
     *
     * @throws IdentityException when the key already has an identity, or a live identity has that name
     */
    public Identity bind(Relationship<? extends Participant> participant, Certificate certificate, String transactionId) {
        return add(participant, certificate, IdentityState.BOUND, transactionId);
    }

    /**
     * Creates the network administrator: the participant {@code NetworkAdmin#admin} and its identity,
     * activated. Done once, when the network is deployed.
     *
     * @throws IdentityException when the network already has an administrator
     */
    public Identity deployAdmin(Certificate certificate, String transactionId) {
        String adminKey = StateKeys.resource(NetworkAdmin.TYPE, ADMIN);
        StateTransaction changes = new StateTransaction(state);
        if (changes.exists(adminKey)) {
            throw new IdentityException("Network " + network + " already has its administrator");
        }
        changes.put(adminKey, validated(new NetworkAdmin(ADMIN)));
        Identity identity = record(Relationship.of(NetworkAdmin.TYPE, ADMIN), certificate, IdentityState.ACTIVATED);
        checkNew(identity, changes);
        changes.put(key(identity.getIdentityId()), validated(identity));
        changes.commit(transactionId);
        return identity;
    }

    /**
     * Revokes an identity for good: transactions signed with its key are refused from now on.
     *
     * @throws IdentityException when the identity is unknown or already revoked
     */
    public Identity revoke(String identityId, String transactionId) {
        Identity identity = find(identityId).orElseThrow(() -> unknown(identityId));
        if (identity.getState() == IdentityState.REVOKED) {
            throw new IdentityException("Identity " + describe(identity) + " has already been revoked");
        }
        identity.setState(IdentityState.REVOKED);
        state.put(transactionId, key(identityId), validated(identity));
        return identity;
    }

    /** The identity with this id, if the network has one. */
    public Optional<Identity> find(String identityId) {
        return state.get(key(identityId)).map(json -> WIRE.fromBytes(json, Identity.class));
    }

    /**
     * The live identity (not revoked) with this name, if there is one.
     *
     * @throws IdentityException when the name is ambiguous (several bound certificates share a common name)
     */
    public Optional<Identity> findByName(String name) {
        List<Identity> named = all().stream()
                .filter(i -> i.getState() != IdentityState.REVOKED && i.getName().equals(name)).toList();
        if (named.size() > 1) {
            throw new IdentityException("Several identities of network " + network + " are named '" + name
                    + "': name one by its identity id");
        }
        return named.stream().findFirst();
    }

    /** Every identity of the network, revoked ones included, in id order. */
    public List<Identity> all() {
        List<StateEntry> entries = state.scan(StateKeys.resourcePrefix(Identity.TYPE));
        List<Identity> identities = new ArrayList<>(entries.size());
        for (StateEntry entry : entries) {
            identities.add(WIRE.fromBytes(entry.value(), Identity.class));
        }
        return identities;
    }

    @Override
    public Resolution resolve(String identityId) {
        Optional<byte[]> json = IdentityId.isWellFormed(identityId) ? state.get(key(identityId)) : Optional.empty();
        if (json.isEmpty()) {
            return new Resolution.Refused(unknown(identityId).getMessage());
        }
        Parsed record = parsed.get(identityId);
        if (record == null || !Arrays.equals(record.json(), json.get())) {
            Identity read = WIRE.fromBytes(json.get(), Identity.class);
            record = new Parsed(json.get(), read, record != null && record.identity().getCertificate()
                    .equals(read.getCertificate()) ? record.certificate() : Certificate.ofPem(read.getCertificate()));
            parsed.put(identityId, record);
        }
        Identity identity = record.identity(); // read only: never handed out, it may be shared
        if (identity.getState() == IdentityState.REVOKED) {
            return new Resolution.Refused("Identity " + describe(identity) + " has been revoked");
        }
        Relationship<Participant> participant = identity.getParticipant();
        if (state.get(StateKeys.resource(participant.type(), participant.id())).isEmpty()) {
            return new Resolution.Refused("Participant '" + participant.type() + "#" + participant.id() + "' of identity "
                    + describe(identity) + " does not exist");
        }
        Certificate certificate = record.certificate();
        if (!certificate.identityId().hex().equals(identityId)) {
            return new Resolution.Refused("The record of identity " + describe(identity)
                    + " holds the certificate of another key (" + certificate.identityId() + ")");
        }
        Submitter submitter = NetworkAdmin.TYPE.equals(participant.type()) ? Submitter.admin(identityId)
                : Submitter.of(participant, identityId);
        return new Resolution.Known(identity.getName(), submitter, certificate);
    }

    private Identity add(Relationship<? extends Participant> participant, Certificate certificate, IdentityState initial,
            String transactionId) {
        Identity identity = record(Relationship.of(participant.type(), participant.id()), certificate, initial);
        StateTransaction changes = new StateTransaction(state);
        checkNew(identity, changes);
        changes.put(key(identity.getIdentityId()), validated(identity));
        changes.commit(transactionId);
        return identity;
    }

    private void checkNew(Identity identity, StateTransaction changes) {
        Optional<Identity> existing = changes.get(key(identity.getIdentityId()))
                .map(json -> WIRE.fromBytes(json, Identity.class));
        if (existing.isPresent()) {
            throw new IdentityException("The key of this certificate already has identity " + describe(existing.get())
                    + (existing.get().getState() == IdentityState.REVOKED ? ", revoked" : "") + " in network " + network);
        }
        if (findByName(identity.getName()).isPresent()) {
            throw new IdentityException("Network " + network + " already has an identity named '" + identity.getName()
                    + "'");
        }
    }

    private static Identity record(Relationship<Participant> participant, Certificate certificate, IdentityState state) {
        Identity identity = new Identity();
        identity.setIdentityId(certificate.identityId().hex());
        identity.setName(certificate.subjectName());
        identity.setIssuer(certificate.holder().getIssuer().toString());
        identity.setCertificate(certificate.pem());
        identity.setState(state);
        identity.setParticipant(participant);
        return identity;
    }

    private byte[] validated(Resource resource) {
        byte[] json = WIRE.toBytes(resource);
        if (validator != null) {
            validator.validate(WIRE.readTree(json));
        }
        return json;
    }

    private IdentityException unknown(String identityId) {
        return new IdentityException("Identity " + identityId + " is not known to network " + network);
    }

    private static String describe(Identity identity) {
        return "'" + identity.getName() + "' (" + identity.getIdentityId() + ")";
    }
}
