package dev.charter.runtime.context;

import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.Relationship;

/**
 * Who submitted a transaction: the participant their identity is bound to (null for the network
 * administrator) and the identity's id (null when the ledger has no identities).
 */
public record Submitter(Relationship<? extends Participant> participant, String identityId) {

    /** The network administrator, acting through the given identity. */
    public static Submitter admin(String identityId) {
        return new Submitter(null, identityId);
    }

    public static Submitter of(Relationship<? extends Participant> participant, String identityId) {
        return new Submitter(java.util.Objects.requireNonNull(participant, "participant"), identityId);
    }

    public boolean isAdmin() {
        return participant == null;
    }
}
