package dev.charter.ide.symbols;

import com.google.inject.Inject;
import dev.charter.dsl.charter.Member;
import dev.charter.ide.model.FieldUsages;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Go to definition and find references for fields too: Xtext follows cross-references (types),
 * fields are found by {@link FieldUsages} across the network.
 */
public class CharterDocumentSymbolService extends DocumentSymbolService {

    @Inject
    private FieldUsages fields;

    @Inject
    private DocumentExtensions documents;

    @Override
    public List<? extends Location> getDefinitions(XtextResource resource, int offset,
            IReferenceFinder.IResourceAccess resourceAccess, CancelIndicator cancelIndicator) {
        Optional<Member> field = fields.fieldAt(resource, offset);
        if (field.isPresent()) {
            return fields.of(field.get(), resource.getResourceSet()).stream().filter(FieldUsages.Usage::declaration)
                    .map(this::location).toList();
        }
        return super.getDefinitions(resource, offset, resourceAccess, cancelIndicator);
    }

    @Override
    public List<? extends Location> getReferences(XtextResource resource, int offset,
            IReferenceFinder.IResourceAccess resourceAccess, IResourceDescriptions indexData, CancelIndicator cancelIndicator) {
        Optional<Member> field = fields.fieldAt(resource, offset);
        if (field.isPresent()) {
            return fields.of(field.get(), resource.getResourceSet()).stream().filter(u -> !u.declaration())
                    .map(this::location).toList();
        }
        return super.getReferences(resource, offset, resourceAccess, indexData, cancelIndicator);
    }

    private Location location(FieldUsages.Usage usage) {
        return documents.newLocation(usage.resource(), usage.node().getTextRegion());
    }
}
