package dev.charter.ide;

import static org.assertj.core.api.Assertions.assertThat;

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

        Path jar = Path.of(System.getProperty("charter.languageServerJar", "target/charter-language-server.jar"));
        assertThat(jar).exists();
        server = new ProcessBuilder("java", "-jar", jar.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        RecordingClient client = new RecordingClient();
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

        CompletableFuture<List<Diagnostic>> diagnosticsOf(String uri) {
            return nonEmpty.computeIfAbsent(uri, u -> new CompletableFuture<>());
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
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
