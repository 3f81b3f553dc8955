package dev.charter.rest.web;

import java.nio.file.Path;
import org.springframework.core.env.Environment;

/**
 * The configuration keys of a Charter REST service, their defaults and meaning, in one place. Set them
 * in {@code application.properties}, as {@code --key=value} arguments or as environment variables.
 *
 * @param archive {@value #ARCHIVE}: the network archive ({@code .cna}) the embedded gateway runs
 * @param data {@value #DATA}: the directory of the embedded gateway's state journal (default {@code .charter/data})
 * @param inMemory {@value #STORE} {@code = memory}: keep the state in memory only (default {@code journal})
 * @param identity {@value #IDENTITY}: who requests act as in single-user mode: {@code admin} (default) or a
 *     participant such as {@code resource:org.example.loc.Customer#alice}
 * @param apiKey {@value #API_KEY}: in single-user mode, a key every request must present (optional)
 * @param users {@value #USERS}: a properties file {@code <api key> = <admin | participant>}; when set, the
 *     service is multi-user and each request acts as the participant its API key names
 */
public record RestSettings(Path archive, Path data, boolean inMemory, String identity, String apiKey, Path users) {

    public static final String ARCHIVE = "charter.network.archive";
    public static final String DATA = "charter.data";
    public static final String STORE = "charter.store";
    public static final String IDENTITY = "charter.rest.identity";
    public static final String API_KEY = "charter.rest.api-key";
    public static final String USERS = "charter.rest.users";

    /** The header that carries an API key; {@code ?apiKey=} serves clients that cannot set headers (EventSource). */
    public static final String API_KEY_HEADER = "X-API-Key";
    public static final String API_KEY_PARAMETER = "apiKey";

    public static RestSettings from(Environment environment) {
        String archive = environment.getProperty(ARCHIVE);
        String users = environment.getProperty(USERS);
        String store = environment.getProperty(STORE, "journal");
        if (!store.equals("journal") && !store.equals("memory")) {
            throw new IllegalArgumentException(STORE + " must be journal or memory, not " + store);
        }
        return new RestSettings(archive == null ? null : Path.of(archive),
                Path.of(environment.getProperty(DATA, ".charter/data")), store.equals("memory"),
                environment.getProperty(IDENTITY, "admin"), environment.getProperty(API_KEY),
                users == null ? null : Path.of(users));
    }
}
