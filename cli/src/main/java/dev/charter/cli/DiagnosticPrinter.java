package dev.charter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.charter.compiler.CheckResult;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.compiler.diagnostic.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints a check result as compiler-style text (with the offending line) or as JSON. */
final class DiagnosticPrinter {

    enum Format { text, json }

    enum ColorMode {
        auto, always, never;

        boolean enabled() {
            return switch (this) {
                case always -> true;
                case never -> false;
                case auto -> System.console() != null && System.getenv("NO_COLOR") == null
                        && !"dumb".equals(System.getenv("TERM"));
            };
        }
    }

    private static final String RED = "\u001b[1;31m";
    private static final String YELLOW = "\u001b[1;33m";
    private static final String BOLD = "\u001b[1m";
    private static final String GREEN = "\u001b[32m";
    private static final String RESET = "\u001b[0m";

    private final PrintWriter out;
    private final Format format;
    private final boolean color;

    DiagnosticPrinter(PrintWriter out, Format format, boolean color) {
        this.out = out;
        this.format = format;
        this.color = color;
    }

    void print(Path root, CheckResult result) {
        if (format == Format.json) {
            printJson(result);
        } else {
            printText(root, result);
        }
        out.flush();
    }

    private void printText(Path root, CheckResult result) {
        Map<String, List<String>> lines = new HashMap<>();
        for (Diagnostic d : result.diagnostics()) {
            String severity = d.severity().label();
            out.println(paint(BOLD, d.location().toString()) + ": "
                    + paint(d.severity() == Severity.ERROR ? RED : YELLOW, severity + " " + d.code().id()) + ": "
                    + d.message());
            List<String> text = lines.computeIfAbsent(d.location().file(), f -> readLines(root.resolve(f)));
            int line = d.location().line();
            if (line >= 1 && line <= text.size()) {
                String source = text.get(line - 1).replace('\t', ' ');
                int column = Math.min(d.location().column() - 1, source.length());
                int width = Math.max(1, Math.min(d.location().length(), source.length() - column));
                out.println("    " + source);
                out.println("    " + " ".repeat(column) + paint(GREEN, "^" + "~".repeat(width - 1)));
            }
        }
        out.println(result.summary());
    }

    private void printJson(CheckResult result) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("network", result.network().descriptor().name());
        document.put("version", result.network().descriptor().version());
        document.put("files", result.fileCount());
        document.put("errors", result.errorCount());
        document.put("warnings", result.warningCount());
        document.put("diagnostics", result.diagnostics().stream().map(d -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", d.location().file());
            entry.put("line", d.location().line());
            entry.put("column", d.location().column());
            entry.put("offset", d.location().offset());
            entry.put("length", d.location().length());
            entry.put("severity", d.severity().label());
            entry.put("code", d.code().id());
            entry.put("message", d.message());
            return entry;
        }).toList());
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String paint(String style, String text) {
        return color ? style + text + RESET : text;
    }

    private static List<String> readLines(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
                lines.set(0, lines.get(0).substring(1)); // the loader drops a byte-order mark too
            }
            return lines;
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }
}
