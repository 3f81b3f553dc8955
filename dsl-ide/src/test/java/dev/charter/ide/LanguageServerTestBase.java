package dev.charter.ide;

import com.google.inject.Module;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.eclipse.xtext.util.Modules2;

/**
 * Runs Charter's language server in process on a copy of a test network, with Xtext's testing
 * support: requests run synchronously, notifications are collected.
 */
abstract class LanguageServerTestBase extends AbstractLanguageServerTest {

    private int version = 1;

    LanguageServerTestBase() {
        super("cto");
    }

    @Override
    protected Module getServerModule() {
        return Modules2.mixin(CharterServerModule.create(),
                binder -> binder.bind(IRequestManager.class).to(DirectRequestManager.class));
    }

    /** Copies {@code src/test/resources/networks/<name>} into the workspace and starts the server on it. */
    protected void startOn(String network) {
        copy(network, "");
        initialize();
    }

    /** Copies a test network into the workspace under {@code into}. */
    protected void copy(String network, String into) {
        try {
            Path source = Path.of(getClass().getResource("/networks/" + network).toURI());
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String relative = source.relativize(file).toString().replace('\\', '/');
                    writeFile(into.isEmpty() ? relative : into + "/" + relative, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    protected String uri(String relative) {
        return getVirtualFile(relative);
    }

    protected Path file(String relative) {
        return getTestRootPath().resolve(relative);
    }

    protected String text(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a workspace file in the editor with its text on disk. */
    protected String openFile(String relative) {
        open(uri(relative), text(relative));
        return uri(relative);
    }

    /** Replaces the whole text of an open document, as an editor does on typing (not saved). */
    protected void change(String relative, String newText) {
        DidChangeTextDocumentParams params = new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri(relative), ++version),
                List.of(new TextDocumentContentChangeEvent(newText)));
        languageServer.didChange(params);
    }

    /** The diagnostics last published for a file. */
    protected List<Diagnostic> diagnosticsOf(String relative) {
        return getDiagnostics().getOrDefault(uri(relative), List.of());
    }

    /** The position just after the first occurrence of {@code marker} in a text (0-based line and column). */
    protected static Position after(String text, String marker) {
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new IllegalArgumentException("'" + marker + "' is not in the text");
        }
        return position(text, at + marker.length());
    }

    /** The position of the first occurrence of {@code marker} in a text. */
    protected static Position at(String text, String marker) {
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new IllegalArgumentException("'" + marker + "' is not in the text");
        }
        return position(text, at);
    }

    protected static Position position(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart);
    }

    protected static TextDocumentIdentifier document(String uri) {
        return new TextDocumentIdentifier(uri);
    }
}
