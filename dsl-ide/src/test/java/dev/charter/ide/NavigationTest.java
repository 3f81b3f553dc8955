package dev.charter.ide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.junit.jupiter.api.Test;

/** Hover, go to definition, find references and the outline. */
class NavigationTest extends LanguageServerTestBase {

    private String hover(String file, String marker) throws Exception {
        String text = text(file);
        openFile(file);
        return languageServer.hover(new HoverParams(document(uri(file)), after(text, marker))).get()
                .getContents().getRight().getValue();
    }

    @Test
    void hoverOnATypeShowsItsDeclarationDecoratorsAndDocComment() throws Exception {
        startOn("trade");

        String hover = hover("logic/trading.logic", "let commodity = trade.commo");

        assertThat(hover).contains("--> Commodity commodity").contains("in transaction `org.example.trading.Trade`");

        String type = hover("models/trading.cto", "--> Commo");
        assertThat(type).contains("@docs(\"tradable\")", "asset Commodity identified by tradingSymbol")
                .contains("namespace `org.example.trading`").contains("Goods that change hands.");
    }

    @Test
    void hoverOnATypeFromAnotherFileShowsItsDocComment() throws Exception {
        startOn("trade");

        assertThat(hover("models/trading.cto", "o Addr")).contains("concept Address", "A postal address.");
    }

    @Test
    void goesToTheDefinitionOfATypeInAnotherFile() throws Exception {
        startOn("trade");
        openFile("queries.qry");

        List<? extends Location> locations = languageServer.definition(new DefinitionParams(document(uri("queries.qry")),
                after(text("queries.qry"), "SELECT org.example.trading.Comm"))).get().getLeft();

        assertThat(locations).singleElement().satisfies(location -> {
            assertThat(location.getUri()).isEqualTo(uri("models/trading.cto"));
            assertThat(location.getRange().getStart()).isEqualTo(at(text("models/trading.cto"), "Commodity identified"));
        });
    }

    @Test
    void findsTheReferencesToATypeAcrossTheNetwork() throws Exception {
        startOn("trade");
        openFile("models/trading.cto");

        List<? extends Location> references = languageServer.references(new ReferenceParams(document(uri("models/trading.cto")),
                at(text("models/trading.cto"), "Trader identified"), new ReferenceContext(false))).get();

        assertThat(references).extracting(l -> Path.of(getTestRootPath().toString()).relativize(Path.of(java.net.URI.create(l.getUri()))).toString())
                .containsExactlyInAnyOrder("models/trading.cto", "models/trading.cto");
        String logicTrade = uri("logic/trading.logic");
        List<? extends Location> transactionUses = languageServer.references(new ReferenceParams(document(uri("models/trading.cto")),
                at(text("models/trading.cto"), "Trade {"), new ReferenceContext(true))).get();
        assertThat(transactionUses).extracting(Location::getUri).contains(logicTrade, uri("models/trading.cto"));
    }

    @Test
    void goesFromAFieldNamedInLogicToItsDeclaration() throws Exception {
        startOn("trade");
        openFile("logic/trading.logic");

        List<? extends Location> locations = languageServer.definition(new DefinitionParams(document(uri("logic/trading.logic")),
                after(text("logic/trading.logic"), "commodity.own"))).get().getLeft();

        assertThat(locations).singleElement().satisfies(location -> {
            assertThat(location.getUri()).isEqualTo(uri("models/trading.cto"));
            assertThat(location.getRange().getStart()).isEqualTo(at(text("models/trading.cto"), "owner\n"));
        });
    }

    @Test
    void findsWhereAFieldIsUsedInLogicConditionsAndQueries() throws Exception {
        startOn("trade");
        openFile("models/trading.cto");

        List<? extends Location> owner = languageServer.references(new ReferenceParams(document(uri("models/trading.cto")),
                at(text("models/trading.cto"), "owner\n"), new ReferenceContext(false))).get();
        assertThat(owner).extracting(Location::getUri)
                .containsExactlyInAnyOrder(uri("logic/trading.logic"), uri("logic/trading.logic"), uri("permissions.acl"));

        List<? extends Location> quantity = languageServer.references(new ReferenceParams(document(uri("models/trading.cto")),
                at(text("models/trading.cto"), "quantity"), new ReferenceContext(true))).get();
        assertThat(quantity).extracting(Location::getUri).containsExactlyInAnyOrder(uri("models/trading.cto"), uri("queries.qry"));
        assertThat(quantity).filteredOn(l -> l.getUri().equals(uri("queries.qry"))).singleElement()
                .satisfies(l -> assertThat(l.getRange().getStart()).isEqualTo(at(text("queries.qry"), "quantity >")));
    }

    @Test
    void outlinesTheTypesAndFieldsOfAModel() throws Exception {
        initialize(params -> {
            TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
            DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
            symbols.setHierarchicalDocumentSymbolSupport(true);
            text.setDocumentSymbol(symbols);
            params.getCapabilities().setTextDocument(text);
        });
        copy("trade", "");
        openFile("models/trading.cto");

        List<DocumentSymbol> symbols = languageServer.documentSymbol(new DocumentSymbolParams(document(uri("models/trading.cto"))))
                .get().stream().map(e -> e.getRight()).toList();

        DocumentSymbol namespace = symbols.get(0);
        assertThat(namespace.getName()).isEqualTo("org.example.trading");
        assertThat(namespace.getChildren()).extracting(DocumentSymbol::getName).contains("Commodity", "Trader", "Trade");
        DocumentSymbol commodity = namespace.getChildren().stream().filter(s -> s.getName().equals("Commodity")).findFirst().orElseThrow();
        assertThat(commodity.getKind()).isEqualTo(SymbolKind.Class);
        assertThat(commodity.getChildren()).extracting(DocumentSymbol::getName)
                .containsExactly("tradingSymbol", "description", "quantity", "owner");
        assertThat(commodity.getChildren()).extracting(DocumentSymbol::getKind).containsOnly(SymbolKind.Field);
    }
}
