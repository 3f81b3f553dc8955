package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What the tests of {@code bin/charter serve} share: the server as a process on a free port in multi-user mode
 * (one API key per participant), with its data and stderr in a temporary directory, and HTTP calls to it as the
 * holder of a key. The test class starts the server ({@link #start}) once it has written its users file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServeHarness {

    static final Path ROOT = Path.of(System.getProperty("charter.root", "..")).toAbsolutePath().normalize();
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SERVED = Pattern.compile("served at (http://localhost:\\d+)/api");
    private static final Pattern NODE = Pattern.compile("ledger node at (http://127\\.0\\.0\\.1:\\d+) .*card: (\\S+)$");

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** The temporary directory: {@code data/} is the server's {@code --data}, {@code server.err} its stderr. */
    Path dir;
    /** {@code http://localhost:<port>} of the running server. */
    String base;
    /** The URL of the ledger node the server runs in its process. */
    String nodeUrl;
    /** The network administrator's card, which the server wrote when it deployed the network. */
    Path adminCard;
    private Process server;

    record Response(int status, JsonNode body, HttpResponse<String> raw) {
    }

    @BeforeAll
    void createDirectory() throws IOException {
        dir = Files.createTempDirectory("charter-serve-it");
    }

    /**
     * Starts {@code bin/charter <serve…> --port 0 --data <dir>/data}, where {@code serve} is the command line up to
     * those options (e.g. {@code serve <network> --users <file>}), and waits for the lines that name its address, its node and the administrator's card.
     */
    void start(List<String> serve) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("bin/charter").toString());
        command.addAll(serve);
        command.addAll(List.of("--port", "0", "--data", data().toString()));
        server = new ProcessBuilder(command).directory(ROOT.toFile()).redirectError(dir.resolve("server.err").toFile())
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("first line of charter serve; stderr: %s", stderr()).isNotNull();
        Matcher served = SERVED.matcher(line);
        assertThat(served.find()).as(line).isTrue();
        base = served.group(1);
        String second = out.readLine();
        Matcher node = NODE.matcher(String.valueOf(second));
        assertThat(node.find()).as("second line of charter serve: %s; stderr: %s", second, stderr()).isTrue();
        nodeUrl = node.group(1);
        adminCard = Path.of(node.group(2));
    }

    /** {@code bin/charter serve <network> --users <users> --port 0 --data <dir>/data}. */
    void start(Path network, Path users) throws IOException {
        start(List.of("serve", network.toString(), "--users", users.toString()));
    }

    /** The server's {@code --data} directory. */
    Path data() {
        return dir.resolve("data");
    }

    String stderr() {
        try {
            return Files.readString(dir.resolve("server.err"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    void stop() throws InterruptedException {
        server.destroy();
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("charter serve stops on SIGTERM").isTrue();
    }

    @AfterAll
    void stopServer() throws Exception {
        if (server != null && server.isAlive()) {
            stop();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    // ---- HTTP -----------------------------------------------------------------------------------

    Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = response.body().isEmpty() ? null : JSON.readTree(response.body());
        return new Response(response.statusCode(), body, response);
    }

    HttpRequest.Builder request(String key, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        return key == null ? request : request.header("X-API-Key", key);
    }

    Response get(String key, String path) throws IOException, InterruptedException {
        return send(request(key, path).GET());
    }

    Response post(String key, String path, String json) throws IOException, InterruptedException {
        return send(request(key, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.raw().body()).isBetween(200, 299);
        return response.body();
    }

    static void assertProblem(Response response, int status, String detail) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body().get("status").asInt()).isEqualTo(status);
        assertThat(response.body().get("detail").asText()).isEqualTo(detail);
        assertThat(response.raw().body()).doesNotContain("\tat ", "Exception");
    }
}
