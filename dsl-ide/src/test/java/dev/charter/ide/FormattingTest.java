package dev.charter.ide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

class FormattingTest extends LanguageServerTestBase {

    private String format(String file, String text) throws Exception {
        openFile(file);
        change(file, text);
        List<? extends TextEdit> edits = languageServer.formatting(
                new DocumentFormattingParams(document(uri(file)), new FormattingOptions(2, true))).get();
        return apply(text, edits);
    }

    /** Applies edits from last to first, as an editor does. */
    private static String apply(String text, List<? extends TextEdit> edits) {
        StringBuilder result = new StringBuilder(text);
        edits.stream()
                .sorted((a, b) -> Integer.compare(offset(text, b), offset(text, a)))
                .forEach(edit -> result.replace(offset(text, edit), offset(text, edit.getRange().getEnd().getLine(),
                        edit.getRange().getEnd().getCharacter()), edit.getNewText()));
        return result.toString();
    }

    private static int offset(String text, TextEdit edit) {
        return offset(text, edit.getRange().getStart().getLine(), edit.getRange().getStart().getCharacter());
    }

    private static int offset(String text, int line, int character) {
        int index = 0;
        for (int l = 0; l < line; l++) {
            index = text.indexOf('\n', index) + 1;
        }
        return index + character;
    }

    @Test
    void putsOneMemberPerLineAndIndentsBodies() throws Exception {
        startOn("trade");
        String messy = "namespace org.example.base\n/** A postal address. */\nconcept Address{o String city\n"
                + "      o String country optional}\n\n\n\nenum Grade {\no GOLD\n   o SILVER\n}";

        assertThat(format("models/base.cto", messy)).isEqualTo("""
                namespace org.example.base

                /** A postal address. */
                concept Address {
                  o String city
                  o String country optional
                }

                enum Grade {
                  o GOLD
                  o SILVER
                }
                """);
    }

    @Test
    void indentsLogicBlocksAndKeepsStatementsOnTheirLines() throws Exception {
        startOn("trade");
        String messy = "namespace org.example.trading\non Trade(trade) {\nlet commodity = trade.commodity\n"
                + "        if commodity.quantity > 1 { fail \"too many\" }\ncommodity.owner = trade.newOwner\n  update commodity\n}\n";

        assertThat(format("logic/trading.logic", messy)).isEqualTo("""
                namespace org.example.trading

                on Trade(trade) {
                  let commodity = trade.commodity
                  if commodity.quantity > 1 {
                    fail "too many"
                  }
                  commodity.owner = trade.newOwner
                  update commodity
                }
                """);
    }

    @Test
    void putsEachRuleClauseOnItsLine() throws Exception {
        startOn("trade");
        String messy = "rule R { description: \"d\" participant: \"ANY\"\noperation: READ resource: \"org.example.trading.*\" action: ALLOW }";

        assertThat(format("permissions.acl", messy)).isEqualTo("""
                rule R {
                  description: "d"
                  participant: "ANY"
                  operation: READ
                  resource: "org.example.trading.*"
                  action: ALLOW
                }
                """);
    }

    @Test
    void leavesAFormattedFileAsItIs() throws Exception {
        startOn("trade");

        assertThat(format("models/trading.cto", text("models/trading.cto"))).isEqualTo(text("models/trading.cto"));
    }
}
