package dev.charter.ide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.junit.jupiter.api.Test;

class QuickFixTest extends LanguageServerTestBase {

    /** Edits a file so that it has the diagnostic with {@code code}, and returns the fixes offered for it. */
    private List<CodeAction> fixesFor(String file, String edited, String code) throws Exception {
        openFile(file);
        change(file, edited);
        Diagnostic diagnostic = diagnosticsOf(file).stream().filter(d -> d.getCode().getLeft().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("no " + code + " in " + diagnosticsOf(file)));
        CodeActionParams params = new CodeActionParams(document(uri(file)), diagnostic.getRange(),
                new CodeActionContext(List.of(diagnostic)));
        return languageServer.codeAction(params).get().stream().map(e -> e.getRight()).toList();
    }

    private String applied(String file, String text, CodeAction action) {
        List<TextEdit> edits = action.getEdit().getChanges().get(uri(file));
        return new Document(1, text).applyChanges(edits).getContents();
    }

    @Test
    void takesTheSuggestionOfADidYouMean() throws Exception {
        startOn("trade");
        String edited = text("models/trading.cto").replace("o String description", "o Strng description");

        List<CodeAction> fixes = fixesFor("models/trading.cto", edited, "CTR100");

        CodeAction fix = fixes.stream().filter(a -> a.getTitle().equals("Change to 'String'")).findFirst().orElseThrow();
        assertThat(applied("models/trading.cto", edited, fix)).isEqualTo(text("models/trading.cto"));
    }

    @Test
    void importsATypeThatAnotherNamespaceDeclares() throws Exception {
        startOn("trade");
        String edited = text("models/trading.cto").replace("  o String firstName\n", "  o String firstName\n  o Grade grade\n");

        List<CodeAction> fixes = fixesFor("models/trading.cto", edited, "CTR100");

        CodeAction fix = fixes.stream().filter(a -> a.getTitle().equals("Import org.example.base.Grade")).findFirst().orElseThrow();
        String fixed = applied("models/trading.cto", edited, fix);
        assertThat(fixed).contains("import org.example.base.Address\nimport org.example.base.Grade\n");
        change("models/trading.cto", fixed);
        assertThat(diagnosticsOf("models/trading.cto")).isEmpty();
    }

    @Test
    void addsTheFieldATypeIsIdentifiedBy() throws Exception {
        startOn("trade");
        String edited = text("models/trading.cto").replace("identified by tradeId", "identified by traderId");

        List<CodeAction> fixes = fixesFor("models/trading.cto", edited, "CTR109");

        CodeAction fix = fixes.stream().filter(a -> a.getTitle().equals("Add field 'o String traderId'")).findFirst().orElseThrow();
        String fixed = applied("models/trading.cto", edited, fix);
        assertThat(fixed).contains("participant Trader identified by traderId {\n  o String traderId\n  o String tradeId\n");
        change("models/trading.cto", fixed);
        assertThat(diagnosticsOf("models/trading.cto")).isEmpty();
    }
}
