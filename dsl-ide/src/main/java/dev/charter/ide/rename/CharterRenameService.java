package dev.charter.ide.rename;

import com.google.inject.Inject;
import dev.charter.dsl.charter.AclRule;
import dev.charter.dsl.charter.CharterPackage;
import dev.charter.dsl.charter.Declaration;
import dev.charter.dsl.charter.Member;
import dev.charter.dsl.charter.NamespaceFile;
import dev.charter.ide.diagnostics.NetworkValidator;
import dev.charter.ide.model.FieldUsages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Rename across a network. Types are renamed by Xtext wherever they are referenced, plus in the
 * ACL targets that name them in strings; fields are renamed in their declaration, in
 * {@code identified by}, in logic and ACL conditions ({@code x.field}), in object bodies
 * ({@code new T { field: … }}, {@code emit}) and in query paths.
 */
public class CharterRenameService extends RenameService2 {

    @Inject
    private EObjectAtOffsetHelper offsets;

    @Inject
    private FieldUsages fields;

    @Override
    public WorkspaceEdit rename(Options options) {
        String uri = options.getRenameParams().getTextDocument().getUri();
        Position position = options.getRenameParams().getPosition();
        String newName = options.getRenameParams().getNewName();
        Target target = options.getLanguageServerAccess().doSyncRead(uri, context -> {
            // A resource set of its own, as Xtext's rename uses: loading the network's files must not touch the build's.
            ResourceSet resourceSet = options.getLanguageServerAccess().newLiveScopeResourceSet(context.getResource().getURI());
            XtextResource resource = (XtextResource) resourceSet.getResource(context.getResource().getURI(), true);
            int offset = context.getDocument().getOffSet(position);
            Optional<Member> field = fields.fieldAt(resource, offset);
            if (field.isPresent()) {
                return new Target(field.get(), fieldEdits(field.get(), newName, resourceSet));
            }
            EObject named = offsets.getElementWithNameAt(resource, offset);
            EObject type = offsets.resolveCrossReferencedElementAt(resource, offset);
            Declaration declaration = named instanceof Declaration d ? d : type instanceof Declaration d ? d : null;
            return declaration == null ? null : new Target(declaration, aclEdits(declaration, newName, resource.getResourceSet()));
        });
        if (target != null && target.element() instanceof Member) {
            return new WorkspaceEdit(target.edits());
        }
        WorkspaceEdit edit = super.rename(options);
        if (edit != null && target != null) {
            merge(edit, target.edits());
        }
        return edit;
    }

    private record Target(EObject element, Map<String, List<TextEdit>> edits) {
    }

    private Map<String, List<TextEdit>> fieldEdits(Member field, String newName, ResourceSet resourceSet) {
        Map<String, List<TextEdit>> edits = new LinkedHashMap<>();
        for (FieldUsages.Usage usage : fields.of(field, resourceSet)) {
            Document document = new Document(0, usage.resource().getParseResult().getRootNode().getText());
            edits.computeIfAbsent(uriOf(usage.resource()), u -> new ArrayList<>()).add(edit(document, usage.node(), newName));
        }
        return edits;
    }

    /** ACL targets are strings ({@code "ns.Type"}, {@code "ns.Type#id"}): rename the type inside them. */
    private Map<String, List<TextEdit>> aclEdits(Declaration declaration, String newName, ResourceSet resourceSet) {
        NamespaceFile file = EcoreUtil2.getContainerOfType(declaration, NamespaceFile.class);
        if (file == null) {
            return Map.of();
        }
        String qualified = file.getName() + "." + declaration.getName();
        Map<String, List<TextEdit>> edits = new LinkedHashMap<>();
        for (XtextResource resource : FieldUsages.network(declaration, resourceSet)) {
            Document document = new Document(0, resource.getParseResult().getRootNode().getText());
            List<TextEdit> fileEdits = new ArrayList<>();
            for (AclRule rule : EcoreUtil2.eAllOfType(resource.getContents().get(0), AclRule.class)) {
                for (EStructuralFeature feature : List.of(CharterPackage.Literals.ACL_RULE__PARTICIPANT,
                        CharterPackage.Literals.ACL_RULE__RESOURCE, CharterPackage.Literals.ACL_RULE__TRANSACTION)) {
                    Object value = rule.eGet(feature);
                    if (value instanceof String target && (target.equals(qualified) || target.startsWith(qualified + "#"))) {
                        for (INode node : NodeModelUtils.findNodesForFeature(rule, feature)) {
                            int start = node.getOffset() + 1 + file.getName().length() + 1;
                            fileEdits.add(new TextEdit(new Range(document.getPosition(start),
                                    document.getPosition(start + declaration.getName().length())), newName));
                        }
                    }
                }
            }
            if (!fileEdits.isEmpty()) {
                edits.put(uriOf(resource), fileEdits);
            }
        }
        return edits;
    }

    private static TextEdit edit(Document document, INode node, String newName) {
        return new TextEdit(new Range(document.getPosition(node.getOffset()), document.getPosition(node.getEndOffset())), newName);
    }

    private static String uriOf(Resource resource) {
        return NetworkValidator.path(resource.getURI()).map(p -> p.toUri().toString()).orElse(resource.getURI().toString());
    }

    private static void merge(WorkspaceEdit edit, Map<String, List<TextEdit>> extra) {
        if (extra.isEmpty()) {
            return;
        }
        if (edit.getDocumentChanges() != null) {
            List<Either<TextDocumentEdit, org.eclipse.lsp4j.ResourceOperation>> changes = new ArrayList<>(edit.getDocumentChanges());
            extra.forEach((uri, edits) -> changes.add(Either.forLeft(
                    new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, null),
                            edits.stream().map(e -> Either.<TextEdit, org.eclipse.lsp4j.SnippetTextEdit>forLeft(e)).toList()))));
            edit.setDocumentChanges(changes);
        } else {
            Map<String, List<TextEdit>> changes = new LinkedHashMap<>(edit.getChanges() == null ? Map.of() : edit.getChanges());
            extra.forEach((uri, edits) -> changes.merge(uri, edits, (a, b) -> {
                List<TextEdit> all = new ArrayList<>(a);
                all.addAll(b);
                return all;
            }));
            edit.setChanges(changes);
        }
    }
}
