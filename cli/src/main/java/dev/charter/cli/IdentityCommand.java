package dev.charter.cli;

import dev.charter.ledger.card.Card;
import dev.charter.ledger.client.NetworkIdentities;
import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.Relationship;
import java.time.Clock;
import picocli.CommandLine.Command;

/**
 * {@code charter identity …}: the identities of a network on its node ({@link NetworkIdentities}), and cards.
 */
@Command(name = "identity", mixinStandardHelpOptions = true,
        description = {"Issue, bind, revoke and list the identities of a network on its node, as its administrator",
                "(--card admin.card, from 'charter network deploy'); show a card."},
        subcommands = {IdentityIssueCommand.class, IdentityBindCommand.class, IdentityRevokeCommand.class,
                IdentityListCommand.class, IdentityCardCommand.class})
final class IdentityCommand {

    private IdentityCommand() {
    }

    /**
     * The identities of the network {@code connection} names, as its card's identity: {@code --node} and
     * {@code --network} override the card's, also in the cards issued.
     */
    static NetworkIdentities identities(LedgerCommands.Connection connection) {
        Card card = connection.requireCard();
        String node = connection.node != null ? connection.node : card.connection().node();
        Card acting = Card.of(new Card.Connection(connection.network(), node), card.certificate(), card.key());
        return new NetworkIdentities(connection.client(), acting, Clock.systemUTC());
    }

    /**
     * The participant named in {@code ns.Type#id} form (or {@code resource:ns.Type#id}).
     *
     * @throws IllegalArgumentException saying the form expected
     */
    static Relationship<Participant> participant(String text) {
        try {
            return Relationship.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid participant '" + text
                    + "': expected <namespace>.<Type>#<id>, such as org.example.loc.Customer#alice");
        }
    }
}
