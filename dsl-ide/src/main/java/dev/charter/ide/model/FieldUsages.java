package dev.charter.ide.model;

import com.google.inject.Inject;
import dev.charter.compiler.load.NetworkLoader;
import dev.charter.dsl.charter.CharterPackage;
import dev.charter.dsl.charter.Declaration;
import dev.charter.dsl.charter.EmitStatement;
import dev.charter.dsl.charter.EnumValue;
import dev.charter.dsl.charter.FieldInitializer;
import dev.charter.dsl.charter.Member;
import dev.charter.dsl.charter.MemberExpression;
import dev.charter.dsl.charter.NewExpression;
import dev.charter.dsl.charter.ObjectBody;
import dev.charter.dsl.charter.Query;
import dev.charter.dsl.charter.QueryPath;
import dev.charter.ide.diagnostics.NetworkRoots;
import dev.charter.ide.diagnostics.NetworkValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Where a field is written across its network. Fields are not cross-references in the grammar
 * ({@code x.field}, {@code field: value}, query paths are names), so their uses are found by
 * typing the expressions around them: declaration, {@code identified by}, {@code x.field} in
 * logic and ACL conditions, {@code new T { field: … }} and {@code emit} bodies, query paths.
 */
public class FieldUsages {

    @Inject
    private CharterTypes types;

    @Inject
    private EObjectAtOffsetHelper offsets;

    /** A place a field's name is written. */
    public record Usage(XtextResource resource, INode node, boolean declaration) {
    }

    /** The field whose name is at {@code offset}: in its declaration, or named after a '.' in an expression. */
    public Optional<Member> fieldAt(XtextResource resource, int offset) {
        EObject named = offsets.getElementWithNameAt(resource, offset);
        if (named instanceof Member member && !(member instanceof EnumValue)) {
            return Optional.of(member);
        }
        if (offsets.resolveElementAt(resource, offset) instanceof MemberExpression expression
                && NodeModelUtils.findNodesForFeature(expression, CharterPackage.Literals.MEMBER_EXPRESSION__MEMBER).stream()
                        .anyMatch(n -> n.getOffset() <= offset && offset <= n.getEndOffset())) {
            return types.typeOf(expression.getReceiver()).flatMap(t -> types.field(t, expression.getMember()));
        }
        return Optional.empty();
    }

    /** Every place the field is written in its network, its declaration first. */
    public List<Usage> of(Member field, ResourceSet resourceSet) {
        List<Usage> usages = new ArrayList<>();
        String name = field.getName();
        for (XtextResource resource : network(field, resourceSet)) {
            for (EObject element : (Iterable<EObject>) () -> EcoreUtil2.eAll(resource.getContents().get(0))) {
                if (element == field) {
                    add(usages, resource, element, CharterPackage.Literals.MEMBER__NAME, true);
                } else if (element instanceof Declaration declaration && name.equals(declaration.getIdentifiedBy())
                        && types.field(declaration, name).orElse(null) == field) {
                    add(usages, resource, element, CharterPackage.Literals.DECLARATION__IDENTIFIED_BY, false);
                } else if (element instanceof MemberExpression expression && name.equals(expression.getMember())
                        && types.typeOf(expression.getReceiver()).flatMap(t -> types.field(t, name)).orElse(null) == field) {
                    add(usages, resource, element, CharterPackage.Literals.MEMBER_EXPRESSION__MEMBER, false);
                } else if (element instanceof FieldInitializer initializer && name.equals(initializer.getName())
                        && bodyType(initializer).flatMap(t -> types.field(t, name)).orElse(null) == field) {
                    add(usages, resource, element, CharterPackage.Literals.FIELD_INITIALIZER__NAME, false);
                } else if (element instanceof QueryPath path) {
                    queryPath(usages, resource, path, field);
                }
            }
        }
        usages.sort((a, b) -> Boolean.compare(b.declaration(), a.declaration()));
        return usages;
    }

    /** Every file of the network an element belongs to, loaded in {@code resourceSet}. */
    public static List<XtextResource> network(EObject element, ResourceSet resourceSet) {
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

    private static void add(List<Usage> usages, XtextResource resource, EObject element, EStructuralFeature feature,
            boolean declaration) {
        for (INode node : NodeModelUtils.findNodesForFeature(element, feature)) {
            usages.add(new Usage(resource, node, declaration));
        }
    }

    /** The type an object body builds: {@code new T {…}} or {@code emit T {…}}. */
    private static Optional<Declaration> bodyType(FieldInitializer initializer) {
        EObject body = initializer.eContainer();
        EObject owner = body instanceof ObjectBody ? body.eContainer() : null;
        Declaration type = owner instanceof NewExpression created ? created.getType()
                : owner instanceof EmitStatement emitted ? emitted.getType() : null;
        return type == null || type.eIsProxy() ? Optional.empty() : Optional.of(type);
    }

    private void queryPath(List<Usage> usages, XtextResource resource, QueryPath path, Member field) {
        Query query = EcoreUtil2.getContainerOfType(path, Query.class);
        if (query == null || query.getStatement() == null || query.getStatement().getType() == null) {
            return;
        }
        List<INode> segments = NodeModelUtils.findNodesForFeature(path, CharterPackage.Literals.QUERY_PATH__SEGMENTS);
        Optional<Declaration> type = Optional.of(query.getStatement().getType());
        for (int i = 0; i < path.getSegments().size() && type.isPresent(); i++) {
            Optional<Member> segment = types.field(type.get(), path.getSegments().get(i));
            if (segment.isPresent() && segment.get() == field && i < segments.size()) {
                usages.add(new Usage(resource, segments.get(i), false));
            }
            type = segment.flatMap(types::typeOf);
        }
    }
}
