package dev.charter.ide.diagnostics;

import dev.charter.compiler.CheckResult;
import dev.charter.compiler.diagnostic.Severity;
import dev.charter.compiler.diagnostic.SourceLocation;
import dev.charter.compiler.load.FileKind;
import dev.charter.compiler.load.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * A network as {@code charter check} saw it — the texts it read (editor buffers for open files)
 * and what the check found — with the conversion of its diagnostics to editor ranges.
 */
public record CheckedNetwork(Path root, Map<Path, String> texts, CheckResult result) {

    public CheckedNetwork {
        texts = Map.copyOf(texts);
    }

    /** The path of a file as diagnostics name it: relative to the network, with '/'. */
    public String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** The diagnostics that {@code charter check} reports for one file, as LSP diagnostics. */
    public List<Diagnostic> diagnostics(Path file) {
        SourceFile lines = lines(file);
        return of(file).stream().map(d -> toLsp(d, lines)).toList();
    }

    /** The diagnostics that {@code charter check} reports for one file. */
    public List<dev.charter.compiler.diagnostic.Diagnostic> of(Path file) {
        String relative = relative(file);
        return result.diagnostics().stream().filter(d -> d.location().file().equals(relative)).toList();
    }

    /** The text of a file as it was checked, for turning offsets into lines and columns. */
    public SourceFile lines(Path file) {
        return new SourceFile(relative(file), FileKind.MODEL, texts.getOrDefault(file.toAbsolutePath().normalize(), ""));
    }

    /** The editor range of a location: 0-based lines and UTF-16 columns, as charter check counts them. */
    public static Range range(SourceLocation location, SourceFile lines) {
        SourceLocation end = lines.location(location.offset() + location.length(), 0);
        return new Range(new Position(location.line() - 1, location.column() - 1),
                new Position(end.line() - 1, end.column() - 1));
    }

    private static Diagnostic toLsp(dev.charter.compiler.diagnostic.Diagnostic diagnostic, SourceFile lines) {
        Diagnostic result = new Diagnostic();
        result.setRange(range(diagnostic.location(), lines));
        result.setSeverity(diagnostic.severity() == Severity.ERROR ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning);
        result.setCode(diagnostic.code().id());
        result.setMessage(diagnostic.message());
        return result;
    }
}
