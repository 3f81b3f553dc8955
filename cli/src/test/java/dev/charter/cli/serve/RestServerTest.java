package dev.charter.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.compiler.EmbeddedNetwork;
import dev.charter.compiler.NetworkCompiler;
import dev.charter.rest.gateway.EmbeddedGateway;
import dev.charter.rest.generator.NamespaceMode;
import dev.charter.rest.generator.RestGenerator;
import dev.charter.runtime.access.AccessController;
import dev.charter.runtime.state.InMemoryStateStore;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The generated letter-of-credit service run in this JVM: what it serves is what its OpenAPI document says. */
class RestServerTest {

    private static final Path EXAMPLE = Path.of(System.getProperty("charter.root", ".."), "examples/letter-of-credit");

    private static EmbeddedNetwork network;
    private static RestGenerator.Project project;
    private static RestServer server;

    @BeforeAll
    static void start() {
        network = EmbeddedNetwork.compile(EXAMPLE);
        project = RestGenerator.generate(new NetworkCompiler().compile(EXAMPLE).check().network(), NamespaceMode.ALWAYS,
                RestGenerator.charterVersion());
        EmbeddedGateway gateway = EmbeddedGateway.open(network.archive(), new InMemoryStateStore(),
                AccessController.ALLOW_ALL);
        server = RestServer.start(project, gateway, Map.of("server.port", 0, "logging.level.root", "WARN"));
    }

    @AfterAll
    static void stop() {
        server.close();
        network.close();
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
        assertThat(served).hasSize(59).isEqualTo(documented);
    }
}
