package dev.charter.ide.rename;

import com.google.inject.Inject;
import dev.charter.compiler.load.NetworkLoader;
import dev.charter.dsl.charter.AclRule;
import dev.charter.dsl.charter.CharterPackage;
import dev.charter.dsl.charter.Declaration;
import dev.charter.dsl.charter.EmitStatement;
import dev.charter.dsl.charter.FieldInitializer;
import dev.charter.dsl.charter.Member;
import dev.charter.dsl.charter.MemberExpression;
import dev.charter.dsl.charter.NamespaceFile;
import dev.charter.dsl.charter.NewExpression;
import dev.charter.dsl.charter.ObjectBody;
import dev.charter.dsl.charter.Query;
import dev.charter.dsl.charter.QueryPath;
import dev.charter.dsl.charter.EnumValue;
import dev.charter.ide.diagnostics.NetworkRoots;
import dev.charter.ide.diagnostics.NetworkValidator;
import dev.charter.ide.model.CharterTypes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.emf.common.util.URI;
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
    private CharterTypes types;

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
            EObject named = offsets.getElementWithNameAt(resource, offset);
            EObject at = offsets.resolveElementAt(resource, offset);
            if (named instanceof Member member && !(member instanceof EnumValue)) {
                return new Target(member, fieldEdits(member, newName, resource.getResourceSet()));
            }
            if (at instanceof MemberExpression expression) {
                Optional<Member> field = types.typeOf(expression.getReceiver()).flatMap(t -> types.field(t, expression.getMember()));
                if (field.isPresent()) {
                    return new Target(field.get(), fieldEdits(field.get(), newName, resource.getResourceSet()));
                }
            }
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
        String oldName = field.getName();
        for (XtextResource resource : network(field, resourceSet)) {
            Document document = new Document(0, resource.getParseResult().getRootNode().getText());
            List<TextEdit> fileEdits = new ArrayList<>();
            for (EObject element : (Iterable<EObject>) () -> EcoreUtil2.eAll(resource.getContents().get(0))) {
                if (element == field) {
                    fileEdits.addAll(edits(document, element, CharterPackage.Literals.MEMBER__NAME, newName));
                } else if (element instanceof Declaration declaration && oldName.equals(declaration.getIdentifiedBy())
                        && types.field(declaration, oldName).orElse(null) == field) {
                    fileEdits.addAll(edits(document, element, CharterPackage.Literals.DECLARATION__IDENTIFIED_BY, newName));
                } else if (element instanceof MemberExpression expression && oldName.equals(expression.getMember())
                        && types.typeOf(expression.getReceiver()).flatMap(t -> types.field(t, oldName)).orElse(null) == field) {
                    fileEdits.addAll(edits(document, element, CharterPackage.Literals.MEMBER_EXPRESSION__MEMBER, newName));
                } else if (element instanceof FieldInitializer initializer && oldName.equals(initializer.getName())
                        && bodyType(initializer).flatMap(t -> types.field(t, oldName)).orElse(null) == field) {
                    fileEdits.addAll(edits(document, element, CharterPackage.Literals.FIELD_INITIALIZER__NAME, newName));
                } else if (element instanceof QueryPath path) {
                    fileEdits.addAll(queryPathEdits(document, path, field, newName));
                }
            }
            if (!fileEdits.isEmpty()) {
                edits.put(uriOf(resource), fileEdits);
            }
        }
        return edits;
    }

    /** The type an object body builds: {@code new T {…}} or {@code emit T {…}}. */
    private static Optional<Declaration> bodyType(FieldInitializer initializer) {
        EObject body = initializer.eContainer();
        EObject owner = body instanceof ObjectBody ? body.eContainer() : null;
        Declaration type = owner instanceof NewExpression created ? created.getType()
                : owner instanceof EmitStatement emitted ? emitted.getType() : null;
        return type == null || type.eIsProxy() ? Optional.empty() : Optional.of(type);
    }

    private List<TextEdit> queryPathEdits(Document document, QueryPath path, Member field, String newName) {
        Query query = EcoreUtil2.getContainerOfType(path, Query.class);
        if (query == null || query.getStatement() == null || query.getStatement().getType() == null) {
            return List.of();
        }
        List<INode> segments = NodeModelUtils.findNodesForFeature(path, CharterPackage.Literals.QUERY_PATH__SEGMENTS);
        Optional<Declaration> type = Optional.of(query.getStatement().getType());
        List<TextEdit> edits = new ArrayList<>();
        for (int i = 0; i < path.getSegments().size() && type.isPresent(); i++) {
            Optional<Member> segment = types.field(type.get(), path.getSegments().get(i));
            if (segment.isPresent() && segment.get() == field && i < segments.size()) {
                edits.add(edit(document, segments.get(i), newName));
            }
            type = segment.flatMap(types::typeOf);
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
        for (XtextResource resource : network(declaration, resourceSet)) {
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

    /** Every file of the network the element belongs to, loaded in the element's resource set. */
    private static List<XtextResource> network(EObject element, ResourceSet resourceSet) {
        Optional<Path> root = NetworkValidator.path(element.eResource().getURI()).flatMap(NetworkRoots::of);
        List<XtextResource> resources = new ArrayList<>();
        if (root.isEmpty()) {
            resources.add((XtextResource) element.eResource());
            return resources;
        }
        for (Path file : NetworkLoader.networkFiles(root.get())) {
            Resource resource = resourceSet.getResource(URI.createURI(file.toUri().toString()), true);
            if (resource instanceof XtextResource xtext && !xtext.getContents().isEmpty()) {
                resources.add(xtext);
            }
        }
        return resources;
    }

    private static List<TextEdit> edits(Document document, EObject element, EStructuralFeature feature, String newName) {
        return NodeModelUtils.findNodesForFeature(element, feature).stream().map(node -> edit(document, node, newName)).toList();
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
