package dev.charter.ide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.server.Document;
import org.junit.jupiter.api.Test;

class RenameTest extends LanguageServerTestBase {

    /** Renames what is at the start of {@code marker} in {@code file}; returns every changed file's new text. */
    private Map<String, String> rename(String file, String marker, String newName) throws Exception {
        openFile(file);
        WorkspaceEdit edit = languageServer.rename(new RenameParams(document(uri(file)), at(text(file), marker), newName)).get();
        Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
        if (edit.getChanges() != null) {
            changes.putAll(edit.getChanges());
        }
        if (edit.getDocumentChanges() != null) {
            edit.getDocumentChanges().forEach(c -> changes.merge(c.getLeft().getTextDocument().getUri(),
                    c.getLeft().getEdits().stream().map(e -> e.getLeft()).toList(),
                    (a, b) -> { var all = new java.util.ArrayList<>(a); all.addAll(b); return all; }));
        }
        Map<String, String> result = new LinkedHashMap<>();
        changes.forEach((uri, edits) -> {
            String relative = getTestRootPath().relativize(java.nio.file.Path.of(java.net.URI.create(uri))).toString();
            // Every edit refers to the text before the rename: apply them from the last to the first.
            List<TextEdit> backwards = edits.stream().sorted((a, b) -> compare(b, a)).toList();
            String text = text(relative);
            for (TextEdit change : backwards) {
                text = new Document(1, text).applyChanges(List.of(change)).getContents();
            }
            result.put(relative, text);
        });
        return result;
    }

    private static int compare(TextEdit a, TextEdit b) {
        int byLine = Integer.compare(a.getRange().getStart().getLine(), b.getRange().getStart().getLine());
        return byLine != 0 ? byLine : Integer.compare(a.getRange().getStart().getCharacter(), b.getRange().getStart().getCharacter());
    }

    @Test
    void renamesATypeInEveryFileThatNamesItIncludingAclTargets() throws Exception {
        startOn("trade");

        Map<String, String> renamed = rename("models/trading.cto", "Commodity identified", "Good");

        assertThat(renamed).containsOnlyKeys("models/trading.cto", "permissions.acl", "queries.qry");
        assertThat(renamed.get("models/trading.cto")).contains("asset Good identified by", "--> Good commodity")
                .doesNotContain("Commodity");
        assertThat(renamed.get("permissions.acl")).contains("resource(r): \"org.example.trading.Good\"");
        assertThat(renamed.get("queries.qry")).contains("SELECT org.example.trading.Good");
    }

    @Test
    void renamesAFieldInItsDeclarationIdentifierLogicConditionsAndQueries() throws Exception {
        startOn("trade");

        Map<String, String> renamed = rename("models/trading.cto", "quantity", "amount");

        assertThat(renamed.get("models/trading.cto")).contains("o Double amount");
        assertThat(renamed.get("queries.qry")).contains("WHERE (amount > _$minimum)");

        Map<String, String> owner = rename("logic/trading.logic", "owner != trade", "holder");
        assertThat(owner.get("models/trading.cto")).contains("--> Trader holder").doesNotContain("owner");
        assertThat(owner.get("logic/trading.logic")).contains("commodity.holder != trade.newOwner", "commodity.holder = trade.newOwner");
        assertThat(owner.get("permissions.acl")).contains("(r.holder.getIdentifier()");
        assertThat(owner.get("logic/trading.logic")).contains("trade.newOwner");
    }

    @Test
    void renamingTheIdentifyingFieldRenamesIdentifiedBy() throws Exception {
        startOn("trade");

        Map<String, String> renamed = rename("models/trading.cto", "tradingSymbol regex", "symbol");

        assertThat(renamed.get("models/trading.cto")).contains("asset Commodity identified by symbol", "o String symbol regex");
    }
}
