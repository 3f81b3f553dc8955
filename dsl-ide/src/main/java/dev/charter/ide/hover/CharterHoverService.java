package dev.charter.ide.hover;

import com.google.inject.Inject;
import dev.charter.dsl.charter.Declaration;
import dev.charter.dsl.charter.Field;
import dev.charter.dsl.charter.Member;
import dev.charter.dsl.charter.MemberExpression;
import dev.charter.dsl.charter.NamespaceFile;
import dev.charter.dsl.charter.Relationship;
import dev.charter.ide.model.CharterTypes;
import java.util.Optional;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import dev.charter.dsl.charter.CharterPackage;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Hover for types, fields and enum values, wherever they are named: the declaration as written
 * (with its decorators), where it is declared, and its doc comment.
 */
public class CharterHoverService extends HoverService {

    @Inject
    private IEObjectDocumentationProvider documentation;

    @Inject
    private CharterTypes types;

    @Override
    public String getContents(EObject element) {
        EObject target = element instanceof MemberExpression member ? field(member).orElse(null) : element;
        if (!(target instanceof Declaration) && !(target instanceof Member)) {
            return super.getContents(element);
        }
        StringBuilder hover = new StringBuilder("```charter\n").append(signature(target)).append("\n```\n");
        String where = where(target);
        if (!where.isEmpty()) {
            hover.append('\n').append(where).append('\n');
        }
        String doc = documentation.getDocumentation(target);
        if (doc != null && !doc.isBlank()) {
            hover.append('\n').append(doc.strip()).append('\n');
        }
        return hover.toString();
    }

    /** A field named in an expression ({@code trade.commodity}) is hovered over its name. */
    @Override
    protected HoverContext createContext(Document document, XtextResource resource, int offset) {
        HoverContext context = super.createContext(document, resource, offset);
        if (context != null && context.getElement() instanceof MemberExpression member) {
            for (INode node : NodeModelUtils.findNodesForFeature(member, CharterPackage.Literals.MEMBER_EXPRESSION__MEMBER)) {
                return new HoverContext(document, resource, offset, node.getTextRegion(), member);
            }
        }
        return context;
    }

    private Optional<Member> field(MemberExpression member) {
        return types.typeOf(member.getReceiver()).flatMap(t -> types.field(t, member.getMember()));
    }

    /** The declaration as written up to its body, or the whole member line: decorators included, comments not. */
    private static String signature(EObject element) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
        if (node == null) {
            return "";
        }
        String text = NodeModelUtils.getTokenText(node);
        if (element instanceof Declaration) {
            int body = text.indexOf('{');
            return (body < 0 ? text : text.substring(0, body)).strip();
        }
        return text.strip();
    }

    private static String where(EObject element) {
        if (element instanceof Field || element instanceof Relationship || element instanceof Member) {
            Declaration owner = EcoreUtil2.getContainerOfType(element.eContainer(), Declaration.class);
            return owner == null ? "" : "in " + owner.getKind().getLiteral() + " `" + qualified(owner) + "`";
        }
        NamespaceFile file = EcoreUtil2.getContainerOfType(element, NamespaceFile.class);
        return file == null ? "" : "namespace `" + file.getName() + "`";
    }

    private static String qualified(Declaration declaration) {
        NamespaceFile file = EcoreUtil2.getContainerOfType(declaration, NamespaceFile.class);
        return file == null ? declaration.getName() : file.getName() + "." + declaration.getName();
    }
}
