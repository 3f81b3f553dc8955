package dev.charter.rest.web;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.core.env.Environment;

/**
 * The configuration keys of a Charter REST service, their defaults and meaning, in one place. Set them
 * in {@code application.properties}, as {@code --key=value} arguments or as environment variables.
 *
 * @param archive {@value #ARCHIVE}: the network archive ({@code .cna}) whose model checks requests
 * @param node {@value #NODE}: the URL of the ledger node hosting the network (default: the card's)
 * @param card {@value #CARD}: the server's card: who requests act as in single-user mode, and who {@code admin}
 *     means in the users file
 * @param apiKey {@value #API_KEY}: in single-user mode, a key every request must present (optional)
 * @param users {@value #USERS}: a properties file {@code <api key> = <admin | card file | participant>}; when
 *     set, the service is multi-user and each request acts as the card its API key names (for a participant, one
 *     the server issues)
 * @param wallet {@value #WALLET}: in multi-user mode, where the cards the server issues are kept, with (the
 *     SHA-256 of) their API keys (default {@code .charter/wallet})
 */
public record RestSettings(Path archive, URI node, Path card, String apiKey, Path users, Path wallet) {

    public static final String ARCHIVE = "charter.network.archive";
    public static final String NODE = "charter.node";
    public static final String CARD = "charter.rest.card";
    public static final String API_KEY = "charter.rest.api-key";
    public static final String USERS = "charter.rest.users";
    public static final String WALLET = "charter.rest.wallet";

    /** The header that carries an API key; {@code ?apiKey=} serves clients that cannot set headers (EventSource). */
    public static final String API_KEY_HEADER = "X-API-Key";
    public static final String API_KEY_PARAMETER = "apiKey";

    public static RestSettings from(Environment environment) {
        String archive = environment.getProperty(ARCHIVE);
        String node = environment.getProperty(NODE);
        String card = environment.getProperty(CARD);
        String users = environment.getProperty(USERS);
        return new RestSettings(archive == null ? null : Path.of(archive), node == null ? null : URI.create(node),
                card == null ? null : Path.of(card), environment.getProperty(API_KEY),
                users == null ? null : Path.of(users), Path.of(environment.getProperty(WALLET, ".charter/wallet")));
    }
}
