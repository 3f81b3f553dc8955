package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project {@code charter generate rest} writes for the letter-of-credit example builds with
 * {@code mvn package}, offline, and its jar serves the API. The build runs against the local repository this
 * build populated, except that Charter's own artifacts are the ones just built (this build's {@code verify}
 * has not installed them): a repository of links to every other group, plus {@code dev/charter} made of this
 * build's jars and poms.
 */
class GeneratedProjectBuildIT {

    private static final Path ROOT = Path.of(System.getProperty("charter.root", "..")).toAbsolutePath().normalize();
    private static final String VERSION = "0.1.0-SNAPSHOT";
    private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

    @TempDir
    Path dir;

    @Test
    void theGeneratedLetterOfCreditProjectBuildsOfflineAndItsJarServesTheApiOfANode() throws Exception {
        String localRepository = System.getProperty("charter.maven.repo");
        assumeTrue(localRepository != null && Files.isDirectory(Path.of(localRepository)),
                "Skipped: charter.maven.repo names no local repository");
        Path project = dir.resolve("project");
        Process generate = new ProcessBuilder(ROOT.resolve("bin/charter").toString(), "generate", "rest",
                ROOT.resolve("examples/letter-of-credit").toString(), "-o", project.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("generate.log").toFile()).start();
        assertThat(generate.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(generate.exitValue()).as(Files.readString(dir.resolve("generate.log"))).isZero();

        Path repository = repository(Path.of(localRepository));
        Process build = new ProcessBuilder("mvn", "-o", "-B", "-ntp", "-q", "-Dmaven.repo.local=" + repository, "package")
                .directory(project.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("build.log").toFile())
                .start();
        assertThat(build.waitFor(10, TimeUnit.MINUTES)).as("mvn package within 10 minutes").isTrue();
        assertThat(build.exitValue()).as(Files.readString(dir.resolve("build.log"))).isZero();
        Path jar = project.resolve("target/letter-of-credit-rest-0.1.0.jar");
        assertThat(jar).isRegularFile();

        // The service is a client of a node hosting the network, acting as the card charter network deploy wrote.
        NodeProcess node = NodeProcess.start(dir.resolve("node"));
        NodeProcess.Run deploy = NodeProcess.charter("network", "deploy",
                project.resolve("network/letter-of-credit@0.1.0.cna").toString(), "--card",
                project.resolve("admin.card").toString(), "--node", node.url());
        assertThat(deploy.exit()).as(deploy.err()).isZero();
        Process service = new ProcessBuilder("java", "-jar", jar.toString(), "--server.port=0")
                .directory(project.toFile()).redirectErrorStream(true).start();
        try (node) {
            BufferedReader out = new BufferedReader(new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8));
            String port = null;
            StringBuilder log = new StringBuilder();
            for (String line = out.readLine(); line != null && port == null; line = out.readLine()) {
                log.append(line).append('\n');
                Matcher started = STARTED.matcher(line);
                if (started.find()) {
                    port = started.group(1);
                }
            }
            assertThat(port).as(log.toString()).isNotNull();
            HttpResponse<String> ping = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/system/ping")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ping.statusCode()).isEqualTo(200);
            assertThat(ping.body()).contains("\"network\":\"letter-of-credit\"", "\"participant\":\"admin\"");

            // The event stream follows the node: when the node stops, the stream ends and says so, rather than hang.
            HttpResponse<Stream<String>> events = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/system/events")).build(), HttpResponse.BodyHandlers.ofLines());
            assertThat(events.statusCode()).isEqualTo(200);
            CompletableFuture<List<String>> streamed = CompletableFuture.supplyAsync(() -> events.body().toList());
            node.close();
            assertThat(streamed.get(60, TimeUnit.SECONDS)).filteredOn(line -> line.startsWith(":")).last().asString()
                    .containsAnyOf("The node ended the event stream", "The event stream from ");
        } finally {
            service.destroy();
            service.waitFor(60, TimeUnit.SECONDS);
        }
    }

    /** The local repository with links to every group but Charter's, and Charter's artifacts from this build. */
    private Path repository(Path local) throws IOException {
        Path repository = Files.createDirectories(dir.resolve("repository"));
        try (Stream<Path> entries = Files.list(local)) {
            for (Path entry : entries.filter(e -> !e.getFileName().toString().equals("dev")).toList()) {
                Files.createSymbolicLink(repository.resolve(entry.getFileName().toString()), entry);
            }
        }
        Path dev = Files.createDirectories(repository.resolve("dev"));
        if (Files.isDirectory(local.resolve("dev"))) {
            try (Stream<Path> entries = Files.list(local.resolve("dev"))) {
                for (Path entry : entries.filter(e -> !e.getFileName().toString().equals("charter")).toList()) {
                    Files.createSymbolicLink(dev.resolve(entry.getFileName().toString()), entry);
                }
            }
        }
        artifact(repository, "charter-parent", ROOT.resolve("pom.xml"), null);
        artifact(repository, "runtime", ROOT.resolve("runtime/pom.xml"), ROOT.resolve("runtime/target/runtime-" + VERSION + ".jar"));
        artifact(repository, "ledger-runtime", ROOT.resolve("ledger-runtime/pom.xml"),
                ROOT.resolve("ledger-runtime/target/ledger-runtime-" + VERSION + ".jar"));
        artifact(repository, "rest-runtime", ROOT.resolve("rest-generator/rest-runtime/pom.xml"),
                ROOT.resolve("rest-generator/rest-runtime/target/rest-runtime-" + VERSION + ".jar"));
        return repository;
    }

    private static void artifact(Path repository, String artifactId, Path pom, Path jar) throws IOException {
        Path folder = Files.createDirectories(repository.resolve("dev/charter/" + artifactId + "/" + VERSION));
        Files.copy(pom, folder.resolve(artifactId + "-" + VERSION + ".pom"));
        if (jar != null) {
            assertThat(jar).as("built by this build").isRegularFile();
            Files.copy(jar, folder.resolve(artifactId + "-" + VERSION + ".jar"));
        }
    }
}
