package dev.charter.compiler.load;

import dev.charter.compiler.diagnostic.SourceLocation;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

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

    /** The text written for a feature, e.g. the name of an unresolved type reference. */
    public String text(EObject element, EStructuralFeature feature) {
        INode node = node(element, feature);
        return node == null ? "" : NodeModelUtils.getTokenText(node);
    }

    private static INode node(EObject element, EStructuralFeature feature) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
        return nodes.isEmpty() ? null : nodes.get(0);
    }
}
