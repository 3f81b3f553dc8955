package dev.charter.ide;

import dev.charter.dsl.ide.CharterIdeModule;
import dev.charter.ide.contentassist.CharterProposalProvider;
import dev.charter.ide.formatting.CharterFormatter;
import dev.charter.ide.codeactions.CharterQuickFixes;
import dev.charter.ide.hover.CharterHoverService;
import dev.charter.ide.rename.CharterRenameService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.formatting2.IFormatter2;
import dev.charter.ide.symbols.CharterDocumentSymbolService;
import dev.charter.ide.symbols.CharterSymbols;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import dev.charter.ide.diagnostics.NetworkDiagnosticsPublisher;
import dev.charter.ide.diagnostics.NetworkValidator;
import org.eclipse.xtext.ide.server.ILanguageServerExtension;
import org.eclipse.xtext.validation.IResourceValidator;

/** The language's services in the language server: Xtext's generic IDE services plus Charter's. */
public class CharterLanguageServiceModule extends CharterIdeModule {

    public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
        return CharterProposalProvider.class;
    }

    public Class<? extends IHoverService> bindIHoverService() {
        return CharterHoverService.class;
    }

    public Class<? extends DocumentSymbolMapper.DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
        return CharterSymbols.Names.class;
    }

    public Class<? extends DocumentSymbolMapper.DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
        return CharterSymbols.Kinds.class;
    }

    public Class<? extends IFormatter2> bindIFormatter2() {
        return CharterFormatter.class;
    }

    public Class<? extends ICodeActionService2> bindICodeActionService2() {
        return CharterQuickFixes.class;
    }

    @Override
    public Class<? extends IRenameService2> bindIRenameService2() {
        return CharterRenameService.class;
    }

    public Class<? extends DocumentSymbolService> bindDocumentSymbolService() {
        return CharterDocumentSymbolService.class;
    }

    public Class<? extends IResourceValidator> bindIResourceValidator() {
        return NetworkValidator.class;
    }

    public Class<? extends ILanguageServerExtension> bindILanguageServerExtension() {
        return NetworkDiagnosticsPublisher.class;
    }
}
