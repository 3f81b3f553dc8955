package dev.charter.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.compiler.NetworkCompiler;
import dev.charter.rest.gateway.LedgerGateway;
import dev.charter.rest.generator.NamespaceMode;
import dev.charter.rest.generator.RestGenerator;
import dev.charter.rest.web.RestSettings;
import dev.charter.runtime.archive.NetworkArchive;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The generated letter-of-credit service run in this JVM: what it serves is what its OpenAPI document says. */
class RestServerTest {

    private static final Path EXAMPLE = Path.of(System.getProperty("charter.root", ".."), "examples/letter-of-credit");

    @TempDir
    static Path data;

    private static RestGenerator.Project project;
    private static EmbeddedNode node;
    private static RestServer server;

    @BeforeAll
    static void start() throws Exception {
        NetworkCompiler.Compilation compilation = new NetworkCompiler().compile(EXAMPLE);
        project = RestGenerator.generate(compilation.check().network(), NamespaceMode.ALWAYS, RestGenerator.charterVersion());
        Path archive = data.resolve("network.cna");
        compilation.writeArchive(archive);
        node = EmbeddedNode.start(data.resolve("node"), 0, archive, new PrintWriter(System.err, true));
        server = RestServer.start(project, LedgerGateway.open(node.client(), NetworkArchive.open(archive),
                Clock.systemUTC()), Map.of("server.port", 0, "logging.level.root", "WARN", RestSettings.CARD,
                node.adminCard().toString()));
    }

    @AfterAll
    static void stop() {
        server.close();
        node.close();
    }

    @Test
    void theServedOpenApiDocumentIsTheGeneratedOneAndValid() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + server.port() + "/openapi.json")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(project.openApi());
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        assertThat(new OpenAPIParser().readContents(response.body(), null, options).getMessages()).isEmpty();
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheApiEndpointsServed() throws Exception {
        Set<String> served = new TreeSet<>();
        RequestMappingHandlerMapping mappings = server.context().getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                        served.add(method.name() + " " + pattern);
                    }
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        JsonNode paths = new ObjectMapper().readTree(project.openApi()).get("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " "
                    + path.getKey()));
        }
        assertThat(served).hasSize(65).isEqualTo(documented);
    }
}
