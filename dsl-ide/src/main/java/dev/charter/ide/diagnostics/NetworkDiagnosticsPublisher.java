package dev.charter.ide.diagnostics;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.ILanguageServerExtension;
import org.eclipse.xtext.resource.IResourceDescription;

/**
 * After each build, publishes {@code charter check}'s diagnostics for every file of each network
 * the build touched. Xtext validates only the files a change affects by its own reckoning, but
 * a network-wide check (a duplicate type, an ACL rule naming a renamed type) can change any
 * file's diagnostics, and charter.json's too.
 */
@Singleton
public class NetworkDiagnosticsPublisher implements ILanguageServerExtension, ILanguageServerAccess.IBuildListener {

    @Inject
    private NetworkAnalysis analysis;

    /** Asked for the client on each build: extensions are initialized before the client connects. */
    private ILanguageServerAccess access;

    @Override
    public synchronized void initialize(ILanguageServerAccess access) {
        if (this.access == null) {
            this.access = access;
            access.addBuildListener(this);
        }
    }

    @Override
    public void afterBuild(List<IResourceDescription.Delta> deltas) {
        Set<Path> roots = new LinkedHashSet<>();
        Set<Path> deleted = new LinkedHashSet<>();
        for (IResourceDescription.Delta delta : deltas) {
            Optional<Path> file = NetworkValidator.path(delta.getUri());
            file.flatMap(NetworkRoots::of).ifPresent(roots::add);
            if (delta.getNew() == null) {
                file.ifPresent(deleted::add);
            }
        }
        LanguageClient client = access.getLanguageClient();
        if (client == null) {
            return;
        }
        for (Path file : deleted) {
            client.publishDiagnostics(new PublishDiagnosticsParams(file.toUri().toString(), List.of()));
        }
        for (Path root : roots) {
            Optional<CheckedNetwork> last = analysis.last(root);
            // A deletion validates no file, so the last check still holds the deleted file: check again,
            // keeping the editor's texts of the files that remain.
            CheckedNetwork checked = last.isPresent() && deleted.stream().noneMatch(last.get().texts()::containsKey)
                    ? last.get()
                    : analysis.check(root, file -> last.map(l -> l.texts().get(file)).orElseGet(() -> NetworkAnalysis.disk(file)));
            for (Path file : checked.texts().keySet()) {
                client.publishDiagnostics(new PublishDiagnosticsParams(file.toUri().toString(), checked.diagnostics(file)));
            }
        }
    }
}
