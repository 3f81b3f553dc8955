package dev.charter.compiler.load;

import dev.charter.compiler.diagnostic.SourceLocation;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Finds where an element of the Xtext AST, or one of its features, is written in its file. */
public record Locator(SourceFile file) {

    public SourceLocation of(EObject element) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
        return node == null ? SourceLocation.ofFile(file.path()) : file.location(node.getOffset(), node.getLength());
    }

    public SourceLocation of(EObject element, EStructuralFeature feature) {
        INode node = node(element, feature);
        return node == null ? of(element) : file.location(node.getOffset(), node.getLength());
    }

    /**
     * The location of a string literal's content, without its quotes, so that a diagnostic about
     * what the string says points inside it.
     */
    public SourceLocation stringContent(EObject element, EStructuralFeature feature) {
        INode node = node(element, feature);
        if (node == null) {
            return of(element);
        }
        SourceLocation whole = file.location(node.getOffset(), node.getLength());
        String text = NodeModelUtils.getTokenText(node);
        boolean quoted = text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'')
                && text.charAt(text.length() - 1) == text.charAt(0);
        return quoted ? whole.shifted(1, whole.length() - 2) : whole;
    }

    /** The text written for a feature, e.g. the name of an unresolved type reference. */
    public String text(EObject element, EStructuralFeature feature) {
        INode node = node(element, feature);
        return node == null ? "" : NodeModelUtils.getTokenText(node);
    }

    /** The locations of each value of a many-valued feature, in order, e.g. each segment of a path. */
    public List<SourceLocation> each(EObject element, EStructuralFeature feature) {
        return NodeModelUtils.findNodesForFeature(element, feature).stream()
                .map(n -> file.location(n.getOffset(), n.getLength())).toList();
    }

    /** The element's text as written, comments and line breaks reduced to single spaces. */
    public String text(EObject element) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
        return node == null ? "" : NodeModelUtils.getTokenText(node);
    }

    /**
     * The first node written for a feature. Same walk as {@link NodeModelUtils#findNodesForFeature},
     * but it stops at the first match and remembers which assignment each grammar element belongs
     * to: mapping locates every name and type, so this is on the hot path of {@code charter check}.
     */
    private static INode node(EObject element, EStructuralFeature feature) {
        ICompositeNode root = NodeModelUtils.findActualNodeFor(element);
        if (root == null) {
            return null;
        }
        String name = feature.getName();
        BidiTreeIterator<INode> nodes = root.getAsTreeIterable().iterator();
        while (nodes.hasNext()) {
            INode child = nodes.next();
            EObject grammarElement = child.getGrammarElement();
            if (grammarElement instanceof Action action) {
                if (child.getSemanticElement() != element) {
                    nodes.prune();
                } else if (name.equals(action.getFeature())) {
                    return child;
                }
            } else if (grammarElement != null && child != root) {
                Optional<Assignment> assignment = ASSIGNMENTS.computeIfAbsent(grammarElement,
                        g -> Optional.ofNullable(GrammarUtil.containingAssignment(g)));
                if (assignment.isPresent()) {
                    if (name.equals(assignment.get().getFeature())) {
                        return child;
                    }
                    nodes.prune();
                }
            }
        }
        return null;
    }

    /** Grammar elements are created once per JVM with the grammar, so the map stays small. */
    private static final Map<EObject, Optional<Assignment>> ASSIGNMENTS = new ConcurrentHashMap<>();
}
