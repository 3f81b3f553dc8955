package dev.charter.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.query.adhoc.AdHocQuery;
import dev.charter.runtime.query.adhoc.AdHocQueryException;
import dev.charter.runtime.query.adhoc.QueryProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared corpus ({@code query-corpus/statements.txt}): every statement goes through the Xtext
 * grammar and the compiler's checks (as the statement of a named query in queries.qry) and through
 * the runtime's ANTLR grammar and checks (as an ad-hoc query). Both must accept and reject the same
 * statements, and report the same problems — code, message and position — for the rest.
 */
class QueryGrammarCorpusTest {

    /** The statement starts on this line of the generated queries.qry, in column 1. */
    private static final int FIRST_LINE = 4;

    @TempDir
    static Path networks;

    private static String model;
    private static ModelInfo modelInfo;

    record Entry(String expectation, String statement) {
        @Override
        public String toString() {
            return expectation + ": " + statement.replace("\n", " ⏎ ");
        }
    }

    @BeforeAll
    static void compileTheModel() throws IOException {
        model = resource("query-corpus/model.cto");
        Path directory = network("model-only", null);
        var compiled = new NetworkCompiler().compile(directory);
        assertThat(compiled.check().diagnostics()).isEmpty();
        modelInfo = ModelInfo.read(new java.io.ByteArrayInputStream(compiled.output().orElseThrow().modelJson()));
    }

    static Stream<Entry> corpus() throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String line : resource("query-corpus/statements.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int bar = line.indexOf('|');
            entries.add(new Entry(line.substring(0, bar).strip(), line.substring(bar + 1).strip().replace("\\n", "\n")));
        }
        assertThat(entries).extracting(Entry::expectation).containsOnly("valid", "syntax", "checks");
        return entries.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void bothGrammarsAndBothCheckersAgree(Entry entry) throws IOException {
        List<Diagnostic> compiler = compilerDiagnostics(entry.statement());
        List<QueryProblem> runtimeSyntax = AdHocQuery.syntaxErrors(entry.statement());
        boolean xtextRejects = compiler.stream().anyMatch(d -> d.code().id().equals("CTR001"));
        assertThat(runtimeSyntax.isEmpty()).as("ANTLR accepts (Xtext %s): %s", xtextRejects ? "rejects" : "accepts",
                runtimeSyntax).isEqualTo(!xtextRejects);
        assertThat(xtextRejects).as("a syntax error is expected: %s", compiler).isEqualTo(entry.expectation().equals("syntax"));
        if (xtextRejects) {
            return;
        }
        List<String> expected = compiler.stream()
                .sorted(Comparator.comparingInt((Diagnostic d) -> d.location().line()).thenComparingInt(d -> d.location().column())
                        .thenComparing(d -> d.code().id()))
                .map(d -> (d.location().line() - FIRST_LINE + 1) + ":" + d.location().column() + ": error " + d.code().id()
                        + ": " + d.message())
                .toList();
        List<String> actual;
        try {
            AdHocQuery.plan("q", entry.statement(), modelInfo);
            actual = List.of();
        } catch (AdHocQueryException e) {
            actual = e.problems().stream().map(QueryProblem::render).toList();
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(expected.isEmpty()).as("the statement checks clean").isEqualTo(entry.expectation().equals("valid"));
    }

    /** The diagnostics of a network whose queries.qry holds the statement as query q. */
    private static List<Diagnostic> compilerDiagnostics(String statement) throws IOException {
        Path directory = network("n" + Integer.toHexString(statement.hashCode()) + "-" + System.nanoTime(), statement);
        return new NetworkChecker().check(directory).diagnostics().stream()
                .filter(d -> d.location().file().equals("queries.qry")).toList();
    }

    private static Path network(String name, String statement) throws IOException {
        Path directory = Files.createDirectories(networks.resolve(name));
        Files.writeString(directory.resolve("charter.json"), "{\"name\": \"corpus\", \"version\": \"1.0.0\"}");
        Files.createDirectories(directory.resolve("models"));
        Files.writeString(directory.resolve("models/model.cto"), model);
        if (statement != null) {
            Files.writeString(directory.resolve("queries.qry"), "query q {\n  description: \"corpus\"\n  statement:\n"
                    + statement + "\n}\n");
        }
        return directory;
    }

    private static String resource(String name) {
        try (InputStream in = QueryGrammarCorpusTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
