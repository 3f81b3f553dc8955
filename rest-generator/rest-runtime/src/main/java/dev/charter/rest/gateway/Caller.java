package dev.charter.rest.gateway;

import dev.charter.runtime.context.Submitter;
import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.Relationship;

/**
 * Who a request acts as: a participant ({@code resource:org.example.loc.Customer#alice}) or, when
 * {@code participant} is null, the network administrator; and the id of the identity (card) used.
 */
public record Caller(String participant, String identityId) {

    /** The network administrator acting through the identity {@code admin}. */
    public static final Caller ADMIN = new Caller(null, "admin");

    /**
     * A caller from its configured form: {@code admin}, or a participant as {@code resource:ns.Type#id}
     * or {@code ns.Type#id}; the identity id is given.
     *
     * @throws IllegalArgumentException when the text names no participant
     */
    public static Caller parse(String text, String identityId) {
        String trimmed = text.strip();
        if (trimmed.equals("admin")) {
            return new Caller(null, identityId);
        }
        Relationship<Participant> participant = Relationship.parse(trimmed);
        return new Caller("resource:" + participant.type() + "#" + participant.id(), identityId);
    }

    public boolean isAdmin() {
        return participant == null;
    }

    /** The runtime's view of the caller, as the submitter of a transaction. */
    public Submitter submitter() {
        return isAdmin() ? Submitter.admin(identityId) : Submitter.of(Relationship.parse(participant), identityId);
    }

    @Override
    public String toString() {
        return isAdmin() ? "the network administrator" : participant.substring("resource:".length());
    }
}
