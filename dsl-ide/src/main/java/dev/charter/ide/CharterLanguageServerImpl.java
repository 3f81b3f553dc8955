package dev.charter.ide;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Xtext's language server, started also by an editor that opened a single file rather than a
 * folder (no root, no workspace folders): Xtext would fail the initialize request; the server
 * starts with an empty workspace instead.
 */
public class CharterLanguageServerImpl extends LanguageServerImpl {

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        boolean noFolders = params.getWorkspaceFolders() == null || params.getWorkspaceFolders().isEmpty();
        if (noFolders && params.getRootUri() == null && params.getRootPath() == null) {
            if (params.getCapabilities() == null) {
                params.setCapabilities(new ClientCapabilities());
            }
            if (params.getCapabilities().getWorkspace() == null) {
                params.getCapabilities().setWorkspace(new WorkspaceClientCapabilities());
            }
            params.getCapabilities().getWorkspace().setWorkspaceFolders(true);
            params.setWorkspaceFolders(List.of());
        }
        return super.initialize(params);
    }
}
