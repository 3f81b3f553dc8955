package dev.charter.ide.contentassist;

import com.google.inject.Inject;
import dev.charter.dsl.charter.AclRule;
import dev.charter.dsl.charter.CharterPackage;
import dev.charter.dsl.charter.Declaration;
import dev.charter.dsl.charter.DeclarationKind;
import dev.charter.dsl.charter.EmitStatement;
import dev.charter.dsl.charter.EnumValue;
import dev.charter.dsl.charter.Import;
import dev.charter.dsl.charter.Member;
import dev.charter.dsl.charter.NamespaceFile;
import dev.charter.dsl.charter.NewExpression;
import dev.charter.dsl.charter.ObjectBody;
import dev.charter.dsl.charter.Query;
import dev.charter.dsl.charter.QueryExpression;
import dev.charter.dsl.charter.SelectStatement;
import dev.charter.ide.model.CharterTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.util.ReplaceRegion;

/**
 * Charter's completions beyond Xtext's keywords and references: types from other namespaces
 * with their import, fields after '.' in logic and ACL conditions, fields of object bodies
 * ({@code new T { … }}, {@code emit T { … }}), enum values, ACL targets and query fields.
 */
public class CharterProposalProvider extends IdeContentProposalProvider {

    /** The dotted chain of names just before the '.' being completed, e.g. {@code trade.commodity.}. */
    private static final Pattern CHAIN = Pattern.compile("([A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*)\\s*\\.\\s*$");

    @Inject
    private CharterTypes types;

    @Override
    protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        String feature = assignment.getFeature();
        String rule = GrammarUtil.containingRule(assignment).getName();
        if ("member".equals(feature)) {
            proposeMembers(context, acceptor);
        } else if ("segments".equals(feature) && "QueryPath".equals(rule)) {
            proposeQueryFields(context, acceptor);
        } else if ("name".equals(feature) && "FieldInitializer".equals(rule)) {
            proposeBodyFields(context, acceptor);
        } else if ("AclRule".equals(rule) && List.of("participant", "resource", "transaction").contains(feature)) {
            proposeAclTargets(feature, context, acceptor);
        } else {
            super._createProposals(assignment, context, acceptor);
        }
    }

    /** Words only: proposing '.', '{' or '-->' as completions is noise. */
    @Override
    protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
        return Character.isLetter(keyword.getValue().charAt(0));
    }

    @Override
    protected void _createProposals(CrossReference reference, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        EObject model = context.getCurrentModel();
        NamespaceFile file = model == null ? null : EcoreUtil2.getContainerOfType(model, NamespaceFile.class);
        if (file == null || file.getName() == null) {
            super._createProposals(reference, context, acceptor);
            return;
        }
        // In a .cto or .logic file: visible types by their simple name, the others with an import.
        Set<String> visible = new HashSet<>();
        List<IEObjectDescription> qualified = new ArrayList<>();
        for (IEObjectDescription candidate : types.typeScope(file).getAllElements()) {
            if (candidate.getName().getSegmentCount() == 1) {
                if (visible.add(candidate.getName().toString())) {
                    accept(candidate.getName().toString(), kindOf(candidate), candidate.getQualifiedName().toString(), context, acceptor);
                }
            } else {
                qualified.add(candidate);
            }
        }
        for (IEObjectDescription candidate : qualified) {
            QualifiedName name = candidate.getName();
            String simple = name.getLastSegment();
            if (visible.contains(simple) || name.skipLast(1).toString().equals(file.getName())) {
                continue;
            }
            ContentAssistEntry entry = getProposalCreator().createProposal(simple, context, e -> {
                e.setKind(kindOf(candidate));
                e.setDescription(name + " (adds import)");
                e.getTextReplacements().add(importEdit(file, name.toString()));
            });
            if (entry != null) {
                acceptor.accept(entry, getProposalPriorities().getCrossRefPriority(candidate, entry) - 1);
            }
        }
    }

    private void proposeMembers(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        String before = textBefore(context);
        Matcher chain = CHAIN.matcher(before);
        if (!chain.find()) {
            return;
        }
        List<String> names = List.of(chain.group(1).replaceAll("\\s", "").split("\\."));
        EObject root = context.getRootModel();
        if (names.size() == 1) {
            Optional<Declaration> enumType = types.type(CharterTypes.innermostAt(root, context.getOffset()), names.get(0))
                    .filter(d -> d.getKind() == DeclarationKind.ENUM);
            if (enumType.isPresent()) {
                proposeEnumValues(enumType.get(), context, acceptor);
                return;
            }
        }
        types.chainType(root, context.getOffset(), names).ifPresent(type -> proposeFields(type, context, acceptor));
    }

    /** In {@code new T { … }} and {@code emit T { … }}: the fields of T not given yet. */
    private void proposeBodyFields(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        EObject model = context.getCurrentModel() != null ? context.getCurrentModel()
                : CharterTypes.innermostAt(context.getRootModel(), context.getOffset());
        for (EObject element = model; element != null; element = element.eContainer()) {
            Declaration type = element instanceof NewExpression created ? created.getType()
                    : element instanceof EmitStatement emitted ? emitted.getType() : null;
            if (type != null && !type.eIsProxy()) {
                ObjectBody body = element instanceof NewExpression created ? created.getBody() : ((EmitStatement) element).getBody();
                Set<String> given = new HashSet<>();
                if (body != null) {
                    body.getFields().forEach(f -> given.add(f.getName()));
                }
                for (Member field : types.fields(type)) {
                    if (!given.contains(field.getName())) {
                        accept(field.getName(), ContentAssistEntry.KIND_FIELD, CharterTypes.describe(field), context, acceptor);
                    }
                }
                return;
            }
            if (element instanceof QueryExpression) {
                return; // query arguments name the query's parameters, not fields
            }
        }
    }

    private void proposeQueryFields(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        EObject model = context.getCurrentModel();
        Query query = model == null ? null : EcoreUtil2.getContainerOfType(model, Query.class);
        if (query == null) {
            query = EcoreUtil2.getContainerOfType(CharterTypes.innermostAt(context.getRootModel(), context.getOffset()), Query.class);
        }
        SelectStatement select = query == null ? null : query.getStatement();
        if (select == null || select.getType() == null || select.getType().eIsProxy()) {
            return;
        }
        Optional<Declaration> type = Optional.of(select.getType());
        Matcher chain = CHAIN.matcher(textBefore(context));
        if (chain.find() && !context.getPrefix().contains(".")) {
            for (String segment : chain.group(1).replaceAll("\\s", "").split("\\.")) {
                type = type.flatMap(t -> types.field(t, segment)).flatMap(types::typeOf);
            }
        }
        type.ifPresent(t -> proposeFields(t, context, acceptor));
    }

    private void proposeAclTargets(String feature, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        AclRule rule = EcoreUtil2.getContainerOfType(context.getCurrentModel(), AclRule.class);
        EObject scopeContext = rule != null ? rule : context.getRootModel();
        Set<String> namespaces = new TreeSet<>();
        Set<String> targets = new LinkedHashSet<>();
        for (IEObjectDescription candidate : types.typeScope(scopeContext).getAllElements()) {
            QualifiedName name = candidate.getName();
            if (name.getSegmentCount() < 2) {
                continue;
            }
            namespaces.add(name.skipLast(1).toString());
            if (fits(feature, EcoreUtil.resolve(candidate.getEObjectOrProxy(), scopeContext))) {
                targets.add(name.toString());
            }
        }
        for (String namespace : namespaces) {
            accept("\"" + namespace + ".*\"", ContentAssistEntry.KIND_MODULE, "every type of " + namespace, context, acceptor);
        }
        for (String target : targets) {
            accept("\"" + target + "\"", ContentAssistEntry.KIND_CLASS, null, context, acceptor);
        }
        if (!"transaction".equals(feature)) {
            accept("\"ANY\"", ContentAssistEntry.KIND_KEYWORD, "any " + feature, context, acceptor);
        }
    }

    private static boolean fits(String feature, EObject candidate) {
        if (!(candidate instanceof Declaration declaration) || declaration.eIsProxy()) {
            return true;
        }
        DeclarationKind kind = declaration.getKind();
        return switch (feature) {
            case "participant" -> kind == DeclarationKind.PARTICIPANT;
            case "transaction" -> kind == DeclarationKind.TRANSACTION;
            default -> kind == DeclarationKind.ASSET || kind == DeclarationKind.PARTICIPANT || kind == DeclarationKind.TRANSACTION;
        };
    }

    private void proposeFields(Declaration type, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        for (Member field : types.fields(type)) {
            accept(field.getName(), ContentAssistEntry.KIND_FIELD, CharterTypes.describe(field), context, acceptor);
        }
    }

    private void proposeEnumValues(Declaration type, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        for (Member member : type.getMembers()) {
            if (member instanceof EnumValue) {
                accept(member.getName(), ContentAssistEntry.KIND_ENUM, type.getName(), context, acceptor);
            }
        }
    }

    private void accept(String proposal, String kind, String description, ContentAssistContext context,
            IIdeContentProposalAcceptor acceptor) {
        ContentAssistEntry entry = getProposalCreator().createProposal(proposal, context, e -> {
            e.setKind(kind);
            e.setDescription(description);
        });
        if (entry != null) {
            acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
        }
    }

    /** An edit adding {@code import name} after the file's last import, or after its namespace. */
    public static ReplaceRegion importEdit(NamespaceFile file, String name) {
        EObject anchor = file.getImports().isEmpty() ? null : file.getImports().get(file.getImports().size() - 1);
        int offset;
        if (anchor instanceof Import imported) {
            offset = NodeModelUtils.findActualNodeFor(imported).getEndOffset();
        } else {
            offset = NodeModelUtils.findNodesForFeature(file, CharterPackage.Literals.NAMESPACE_FILE__NAME).get(0).getEndOffset();
        }
        return new ReplaceRegion(offset, 0, (file.getImports().isEmpty() ? "\n" : "") + "\nimport " + name);
    }

    private static String kindOf(IEObjectDescription candidate) {
        return candidate.getEObjectOrProxy() instanceof Declaration d && !d.eIsProxy() && d.getKind() == DeclarationKind.ENUM
                ? ContentAssistEntry.KIND_ENUM : ContentAssistEntry.KIND_CLASS;
    }

    private static String textBefore(ContentAssistContext context) {
        ICompositeNode root = context.getRootNode();
        int end = context.getOffset() - context.getPrefix().length();
        return root.getText().substring(0, Math.max(0, Math.min(end, root.getText().length())));
    }
}
