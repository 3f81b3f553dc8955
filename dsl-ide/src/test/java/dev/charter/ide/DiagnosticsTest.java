package dev.charter.ide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.compiler.CheckResult;
import dev.charter.compiler.NetworkChecker;
import dev.charter.compiler.load.FileKind;
import dev.charter.compiler.load.SourceFile;
import dev.charter.ide.diagnostics.CheckedNetwork;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

class DiagnosticsTest extends LanguageServerTestBase {

    @Test
    void aCleanNetworkGetsNoDiagnostics() {
        startOn("trade");

        assertThat(getDiagnostics()).isNotEmpty();
        assertThat(getDiagnostics().values()).allSatisfy(list -> assertThat(list).isEmpty());
    }

    @Test
    void publishesWhatCharterCheckReportsWithTheSameCodesMessagesAndRanges() throws IOException {
        copy("trade", "");
        String model = text("models/trading.cto").replace("o String description", "o Strng description")
                .replace("--> Trader owner", "--> Tradr owner");
        Files.writeString(file("models/trading.cto"), model, StandardCharsets.UTF_8);
        Files.writeString(file("queries.qry"), text("queries.qry").replace("quantity >", "quantty >"), StandardCharsets.UTF_8);
        initialize();

        CheckResult cli = new NetworkChecker().check(getTestRootPath());
        assertThat(cli.diagnostics()).hasSizeGreaterThanOrEqualTo(3);
        for (dev.charter.compiler.diagnostic.Diagnostic expected : cli.diagnostics()) {
            String relative = expected.location().file();
            SourceFile lines = new SourceFile(relative, FileKind.MODEL, text(relative));
            assertThat(diagnosticsOf(relative)).as(expected.render())
                    .anySatisfy(actual -> {
                        assertThat(actual.getCode().getLeft()).isEqualTo(expected.code().id());
                        assertThat(actual.getMessage().getLeft()).isEqualTo(expected.message());
                        assertThat(actual.getRange()).isEqualTo(CheckedNetwork.range(expected.location(), lines));
                    });
        }
        int published = getDiagnostics().values().stream().mapToInt(List::size).sum();
        assertThat(published).isEqualTo(cli.diagnostics().size());

        Diagnostic typo = diagnosticsOf("models/trading.cto").stream()
                .filter(d -> d.getMessage().getLeft().contains("Strng")).findFirst().orElseThrow();
        assertThat(typo.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
        assertThat(typo.getMessage().getLeft()).endsWith("Did you mean 'String'?");
        Position start = at(model, "Strng description");
        assertThat(typo.getRange()).isEqualTo(new Range(start, new Position(start.getLine(), start.getCharacter() + 5)));
    }

    @Test
    void checksTheTextBeingEditedBeforeItIsSaved() {
        startOn("trade");
        String original = openFile("models/trading.cto");
        assertThat(diagnosticsOf("models/trading.cto")).isEmpty();

        change("models/trading.cto", text("models/trading.cto").replace("o Double quantity", "o Duble quantity"));
        assertThat(diagnosticsOf("models/trading.cto")).singleElement()
                .satisfies(d -> assertThat(d.getMessage().getLeft()).contains("Type Duble used by field quantity of Commodity"));

        change("models/trading.cto", text("models/trading.cto"));
        assertThat(diagnosticsOf("models/trading.cto")).isEmpty();
        assertThat(original).endsWith("models/trading.cto");
    }

    @Test
    void anEditInOneFileUpdatesTheDiagnosticsOfTheFilesThatDependOnIt() {
        startOn("trade");
        openFile("models/trading.cto");

        change("models/trading.cto", text("models/trading.cto").replace("o String tradingSymbol regex", "o String symbol regex")
                .replace("identified by tradingSymbol", "identified by symbol"));

        assertThat(diagnosticsOf("logic/trading.logic"))
                .anySatisfy(d -> assertThat(d.getMessage().getLeft()).contains("tradingSymbol"));
    }

    @Test
    void deletingAFileRechecksTheNetwork() throws IOException {
        copy("trade", "");
        writeFile("models/extra.cto", "namespace org.example.extra\n\nconcept Extra {\n  o String note\n}\n");
        Files.writeString(file("models/trading.cto"), text("models/trading.cto")
                .replace("import org.example.base.Address", "import org.example.base.Address\nimport org.example.extra.Extra"));
        initialize();
        assertThat(getDiagnostics().values()).allSatisfy(list -> assertThat(list).isEmpty());

        Files.delete(file("models/extra.cto"));
        languageServer.didChangeWatchedFiles(new org.eclipse.lsp4j.DidChangeWatchedFilesParams(List.of(
                new org.eclipse.lsp4j.FileEvent(uri("models/extra.cto"), org.eclipse.lsp4j.FileChangeType.Deleted))));

        assertThat(diagnosticsOf("models/trading.cto")).singleElement()
                .satisfies(d -> assertThat(d.getMessage().getLeft()).contains("org.example.extra"));
    }

    @Test
    void syntaxErrorsAreReportedAsCharterCheckWordsThem() {
        startOn("trade");
        openFile("models/base.cto");

        change("models/base.cto", text("models/base.cto").replace("concept Address {", "concept Address"));

        assertThat(diagnosticsOf("models/base.cto")).isNotEmpty()
                .allSatisfy(d -> assertThat(d.getCode().getLeft()).isEqualTo("CTR001"));
    }

    @Test
    void anInvalidDescriptorIsReportedOnCharterJson() throws IOException {
        copy("trade", "");
        Files.writeString(file("charter.json"), "{ \"name\": \"trade\", \"version\": \"one\" }", StandardCharsets.UTF_8);
        initialize();

        assertThat(diagnosticsOf("charter.json")).singleElement()
                .satisfies(d -> assertThat(d.getCode().getLeft()).isEqualTo("CTR006"));
    }

    @Test
    void startsForAnEditorThatOpenedNoFolder() throws Exception {
        var params = new org.eclipse.lsp4j.InitializeParams();
        params.setProcessId(1);

        var result = languageServer.initialize(params).get();

        assertThat(result.getCapabilities().getCompletionProvider()).isNotNull();
    }
}
