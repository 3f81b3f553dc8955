package dev.charter.rest.gateway;

import dev.charter.ledger.card.Card;
import java.util.Objects;

/**
 * Who a request acts as: the card whose key signs its transactions and reads, and the participant that card's
 * identity is bound to ({@code resource:org.example.loc.Customer#alice}), or null for the network administrator.
 * {@link NetworkGateway#caller} makes one from a card.
 */
public record Caller(String participant, Card card) {

    public Caller {
        Objects.requireNonNull(card, "card");
    }

    public boolean isAdmin() {
        return participant == null;
    }

    /** The id of the card's identity (the SHA-256 of its public key, hex). */
    public String identityId() {
        return card.identityId();
    }

    @Override
    public String toString() {
        return isAdmin() ? "the network administrator" : participant.substring("resource:".length());
    }
}
