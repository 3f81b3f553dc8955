package dev.charter.ide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;

class CompletionTest extends LanguageServerTestBase {

    /** Puts {@code edited} in the editor for {@code file} and completes at the end of {@code marker}. */
    private List<CompletionItem> complete(String file, String edited, String marker) throws Exception {
        openFile(file);
        change(file, edited);
        Position position = after(edited, marker);
        var result = languageServer.completion(new CompletionParams(document(uri(file)), position)).get();
        return result.isLeft() ? result.getLeft() : result.getRight().getItems();
    }

    private static List<String> labels(List<CompletionItem> items) {
        return items.stream().map(CompletionItem::getLabel).toList();
    }

    @Test
    void proposesKeywordsWhereADeclarationCanStart() throws Exception {
        startOn("trade");
        String model = text("models/base.cto") + "\n";

        List<CompletionItem> items = complete("models/base.cto", model, "o SILVER\n}\n");

        assertThat(labels(items)).contains("asset", "participant", "transaction", "event", "concept", "enum", "abstract");
    }

    @Test
    void proposesTheFieldsOfAVariableAfterADotInLogic() throws Exception {
        startOn("trade");
        String logic = text("logic/trading.logic").replace("update commodity", "update commodity\n    trade.");

        List<CompletionItem> items = complete("logic/trading.logic", logic, "trade.");

        assertThat(labels(items)).contains("commodity", "newOwner", "transactionId", "timestamp")
                .doesNotContain("tradingSymbol");
        assertThat(items).filteredOn(i -> i.getLabel().equals("commodity")).singleElement()
                .satisfies(i -> assertThat(i.getKind()).isEqualTo(CompletionItemKind.Field))
                .satisfies(i -> assertThat(i.getDetail()).isEqualTo("--> Commodity"));
    }

    @Test
    void followsFieldsAndLetBindingsToTheTypeBeforeTheDot() throws Exception {
        startOn("trade");
        String logic = text("logic/trading.logic").replace("update commodity", "update commodity\n    commodity.owner.");

        List<CompletionItem> items = complete("logic/trading.logic", logic, "commodity.owner.");

        assertThat(labels(items)).contains("tradeId", "firstName", "address").doesNotContain("quantity");
    }

    @Test
    void proposesTheFieldsNotYetGivenInANewObjectsBody() throws Exception {
        startOn("trade");
        String logic = text("logic/trading.logic").replace("update commodity",
                "update commodity\n    let c = new Commodity(\"X\") { quantity: 1, ");

        List<CompletionItem> items = complete("logic/trading.logic", logic, "quantity: 1, ");

        assertThat(labels(items)).contains("description", "owner").doesNotContain("quantity", "newOwner");
    }

    @Test
    void proposesTheValuesOfAnEnumAfterItsName() throws Exception {
        startOn("trade");
        String logic = text("logic/trading.logic").replace("namespace org.example.trading",
                "namespace org.example.trading\n\nimport org.example.base.Grade")
                .replace("update commodity", "update commodity\n    let g = Grade.");

        List<CompletionItem> items = complete("logic/trading.logic", logic, "Grade.");

        assertThat(labels(items)).containsExactlyInAnyOrder("GOLD", "SILVER");
    }

    @Test
    void proposesTheFieldsOfAnAclVariableInAConditon() throws Exception {
        startOn("trade");
        String acl = text("permissions.acl").replace("(r.owner.getIdentifier()", "(r.");

        List<CompletionItem> items = complete("permissions.acl", acl, "(r.");

        assertThat(labels(items)).contains("tradingSymbol", "owner", "quantity");
    }

    @Test
    void proposesTypesFromOtherNamespacesWithTheirImport() throws Exception {
        startOn("trade");
        String model = text("models/trading.cto").replace("  o String firstName\n", "  o String firstName\n  o Gr");

        List<CompletionItem> items = complete("models/trading.cto", model, "o Gr");

        CompletionItem grade = items.stream().filter(i -> i.getLabel().equals("Grade")).findFirst().orElseThrow();
        assertThat(grade.getAdditionalTextEdits()).singleElement().satisfies(edit -> {
            assertThat(edit.getNewText()).isEqualTo("\nimport org.example.base.Grade");
            assertThat(edit.getRange().getStart()).isEqualTo(after(model, "import org.example.base.Address"));
        });
        assertThat(labels(items)).doesNotContain("org.example.base.Grade");
    }

    @Test
    void proposesVisibleTypesByTheirSimpleNameWithoutAnImport() throws Exception {
        startOn("trade");
        String model = text("models/trading.cto").replace("  o String firstName\n", "  o String firstName\n  o Addr");

        List<CompletionItem> items = complete("models/trading.cto", model, "o Addr");

        assertThat(items).filteredOn(i -> i.getLabel().equals("Address")).singleElement()
                .satisfies(i -> assertThat(i.getAdditionalTextEdits()).isNullOrEmpty());
    }

    @Test
    void proposesAclTargetsOfTheRightKind() throws Exception {
        startOn("trade");
        String acl = text("permissions.acl").replace("participant(p): \"org.example.trading.Trader\"", "participant(p): ");

        List<CompletionItem> items = complete("permissions.acl", acl, "participant(p): ");

        assertThat(labels(items)).contains("\"org.example.trading.Trader\"", "\"org.example.trading.*\"", "\"ANY\"")
                .doesNotContain("\"org.example.trading.Commodity\"");
    }

    @Test
    void proposesTheFieldsOfTheSelectedTypeInAQuery() throws Exception {
        startOn("trade");
        String query = text("queries.qry").replace("WHERE (quantity > _$minimum)", "WHERE (");

        List<CompletionItem> items = complete("queries.qry", query, "WHERE (");

        assertThat(labels(items)).contains("tradingSymbol", "quantity", "owner");
        assertThat(items).extracting(CompletionItem::getTextEdit).isNotNull();
    }
}
