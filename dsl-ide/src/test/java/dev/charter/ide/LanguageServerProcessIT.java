package dev.charter.ide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts {@code charter-language-server.jar} as a process and speaks LSP to it over stdio, as an
 * editor does: diagnostics, completion after '.', and a jump to a definition in another file.
 */
class LanguageServerProcessIT {

    @TempDir
    Path workspace;

    private Process server;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void servesDiagnosticsCompletionAndDefinitionsOverStdio() throws Exception {
        copyTradeNetwork();
        Path model = workspace.resolve("models/trading.cto");
        String broken = Files.readString(model).replace("o Double quantity", "o Duble quantity");
        Files.writeString(model, broken);

        RecordingClient client = new RecordingClient();
        LanguageServer remote = startServer(client);

        // The deliberate error arrives with charter check's code, at the range of the misspelt type.
        List<Diagnostic> diagnostics = client.diagnosticsOf(model.toUri().toString()).get(60, TimeUnit.SECONDS);
        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.getCode().getLeft()).isEqualTo("CTR100");
            assertThat(d.getMessage().getLeft()).contains("Type Duble used by field quantity of Commodity");
            Position start = LanguageServerTestBase.at(broken, "Duble quantity");
            assertThat(d.getRange()).isEqualTo(new Range(start, new Position(start.getLine(), start.getCharacter() + 5)));
        });

        // Field completion after '.' in the logic file.
        Path logic = workspace.resolve("logic/trading.logic");
        String edited = Files.readString(logic).replace("update commodity", "update commodity\n    trade.");
        String logicUri = logic.toUri().toString();
        remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(logicUri, "charter", 1, edited)));
        var completion = remote.getTextDocumentService().completion(
                new CompletionParams(new TextDocumentIdentifier(logicUri), LanguageServerTestBase.after(edited, "trade."))).get(60, TimeUnit.SECONDS);
        List<CompletionItem> items = completion.isLeft() ? completion.getLeft() : completion.getRight().getItems();
        assertThat(items).extracting(CompletionItem::getLabel).contains("commodity", "newOwner");

        // Go to definition: 'Trade' in the handler is declared in models/trading.cto.
        var definition = remote.getTextDocumentService().definition(new DefinitionParams(
                new TextDocumentIdentifier(logicUri), LanguageServerTestBase.after(edited, "on Tra"))).get(60, TimeUnit.SECONDS);
        List<? extends Location> locations = definition.getLeft();
        assertThat(locations).singleElement().satisfies(location -> {
            assertThat(Path.of(java.net.URI.create(location.getUri()))).isEqualTo(model);
            assertThat(location.getRange().getStart()).isEqualTo(LanguageServerTestBase.at(broken, "Trade {"));
        });

        remote.shutdown().get(30, TimeUnit.SECONDS);
        remote.exit();
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("the server exits after 'exit'").isTrue();
    }

    @Test
    void publishesExactlyWhatTheCharterCliReports() throws Exception {
        copyTradeNetwork();
        edit("models/trading.cto", "o String description", "o Strng description");
        edit("queries.qry", "WHERE (quantity >", "WHERE (quantty >");
        edit("permissions.acl", "\"org.example.trading.Trader\"", "\"org.example.trading.Tradr\"");
        edit("logic/trading.logic", "commodity.owner = trade.newOwner", "commodity.ownr = trade.newOwner");
        Path cliJar = Path.of(System.getProperty("charter.cliJar", "../cli/target/charter.jar"));
        assertThat(cliJar).as("the charter CLI jar, built before this module").exists();
        Process cli = new ProcessBuilder("java", "-jar", cliJar.toString(), "check", "--format", "json", workspace.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        JsonNode report = new ObjectMapper().readTree(cli.getInputStream());
        cli.waitFor(60, TimeUnit.SECONDS);
        assertThat(report.get("diagnostics")).hasSizeGreaterThanOrEqualTo(4);

        RecordingClient client = new RecordingClient();
        startServer(client);
        List<String> files = List.of("charter.json", "models/base.cto", "models/trading.cto", "logic/trading.logic",
                "permissions.acl", "queries.qry");
        for (String file : files) {
            client.published(workspace.resolve(file).toUri().toString()).get(60, TimeUnit.SECONDS);
        }

        int published = 0;
        for (String file : files) {
            published += client.latest(workspace.resolve(file).toUri().toString()).size();
        }
        assertThat(published).isEqualTo(report.get("diagnostics").size());
        for (JsonNode expected : report.get("diagnostics")) {
            Path file = workspace.resolve(expected.get("file").asText());
            String text = Files.readString(file);
            Position start = new Position(expected.get("line").asInt() - 1, expected.get("column").asInt() - 1);
            Position end = LanguageServerTestBase.position(text, expected.get("offset").asInt() + expected.get("length").asInt());
            assertThat(client.latest(file.toUri().toString())).as(expected.toString()).anySatisfy(actual -> {
                assertThat(actual.getCode().getLeft()).isEqualTo(expected.get("code").asText());
                assertThat(actual.getMessage().getLeft()).isEqualTo(expected.get("message").asText());
                assertThat(actual.getSeverity().name().toLowerCase(java.util.Locale.ROOT)).isEqualTo(expected.get("severity").asText());
                assertThat(actual.getRange()).isEqualTo(new Range(start, end));
            });
        }
    }

    /** Starts the server jar as a process and initializes it on the workspace, as an editor does. */
    private LanguageServer startServer(RecordingClient client) throws Exception {
        Path jar = Path.of(System.getProperty("charter.languageServerJar", "target/charter-language-server.jar"));
        assertThat(jar).exists();
        server = new ProcessBuilder("java", "-jar", jar.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, server.getInputStream(), server.getOutputStream());
        launcher.startListening();
        LanguageServer remote = launcher.getRemoteProxy();

        InitializeParams init = new InitializeParams();
        init.setProcessId((int) ProcessHandle.current().pid());
        ClientCapabilities capabilities = new ClientCapabilities();
        capabilities.setWorkspace(new WorkspaceClientCapabilities());
        capabilities.getWorkspace().setWorkspaceFolders(true);
        init.setCapabilities(capabilities);
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "trade")));
        assertThat(remote.initialize(init).get(60, TimeUnit.SECONDS).getCapabilities().getCompletionProvider()).isNotNull();
        remote.initialized(new InitializedParams());
        return remote;
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = workspace.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    private void copyTradeNetwork() throws IOException, URISyntaxException {
        Path source = Path.of(getClass().getResource("/networks/trade").toURI());
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = workspace.resolve(source.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.writeString(target, Files.readString(file, StandardCharsets.UTF_8));
            }
        }
    }

    /** An editor's side of the conversation: remembers what the server published. */
    static final class RecordingClient implements LanguageClient {

        private final Map<String, CompletableFuture<List<Diagnostic>>> nonEmpty = new ConcurrentHashMap<>();
        private final Map<String, CompletableFuture<List<Diagnostic>>> any = new ConcurrentHashMap<>();
        private final Map<String, List<Diagnostic>> latest = new ConcurrentHashMap<>();

        /** Completes with the first non-empty diagnostics published for a file. */
        CompletableFuture<List<Diagnostic>> diagnosticsOf(String uri) {
            return nonEmpty.computeIfAbsent(uri, u -> new CompletableFuture<>());
        }

        /** Completes when diagnostics (maybe none) were first published for a file. */
        CompletableFuture<List<Diagnostic>> published(String uri) {
            return any.computeIfAbsent(uri, u -> new CompletableFuture<>());
        }

        List<Diagnostic> latest(String uri) {
            return latest.getOrDefault(uri, List.of());
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            latest.put(params.getUri(), params.getDiagnostics());
            published(params.getUri()).complete(params.getDiagnostics());
            if (!params.getDiagnostics().isEmpty()) {
                diagnosticsOf(params.getUri()).complete(params.getDiagnostics());
            }
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams params) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {
        }
    }
}
