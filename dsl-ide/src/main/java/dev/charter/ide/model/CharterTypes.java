package dev.charter.ide.model;

import com.google.inject.Inject;
import dev.charter.dsl.charter.AclRule;
import dev.charter.dsl.charter.CharterPackage;
import dev.charter.dsl.charter.Declaration;
import dev.charter.dsl.charter.DeclarationKind;
import dev.charter.dsl.charter.Expression;
import dev.charter.dsl.charter.Field;
import dev.charter.dsl.charter.ForStatement;
import dev.charter.dsl.charter.FunctionDeclaration;
import dev.charter.dsl.charter.GetExpression;
import dev.charter.dsl.charter.Handler;
import dev.charter.dsl.charter.LetStatement;
import dev.charter.dsl.charter.Member;
import dev.charter.dsl.charter.MemberExpression;
import dev.charter.dsl.charter.NameExpression;
import dev.charter.dsl.charter.NewExpression;
import dev.charter.dsl.charter.Parameter;
import dev.charter.dsl.charter.ParenthesizedExpression;
import dev.charter.dsl.charter.Relationship;
import dev.charter.dsl.charter.TypeReference;
import dev.charter.dsl.charter.Variable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;

/**
 * What editor services need to know about types on the Xtext model, including while the text
 * does not parse: which type a name in logic or an ACL condition has, and the fields of a type.
 */
public class CharterTypes {

    @Inject
    private IScopeProvider scopes;

    @Inject
    private IQualifiedNameConverter names;

    /** The types visible from {@code context} by the name they can be written with there. */
    public IScope typeScope(EObject context) {
        return scopes.getScope(context, CharterPackage.Literals.TYPE_REFERENCE__TYPE);
    }

    /** The type a name denotes at {@code context}: simple (if visible) or fully qualified. */
    public Optional<Declaration> type(EObject context, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        IEObjectDescription found = typeScope(context).getSingleElement(names.toQualifiedName(name));
        if (found == null) {
            return Optional.empty();
        }
        EObject resolved = found.getEObjectOrProxy();
        if (resolved.eIsProxy()) {
            resolved = EcoreUtil.resolve(resolved, context);
        }
        return resolved instanceof Declaration declaration && !declaration.eIsProxy() ? Optional.of(declaration) : Optional.empty();
    }

    /** The fields and relationships of a class, its own first, then inherited ones (including the system base). */
    public List<Member> fields(Declaration declaration) {
        Map<String, Member> fields = new LinkedHashMap<>();
        Set<Declaration> seen = new HashSet<>();
        for (Declaration type = declaration; type != null && seen.add(type); type = superType(type)) {
            for (Member member : type.getMembers()) {
                if (member instanceof Field || member instanceof Relationship) {
                    fields.putIfAbsent(member.getName(), member);
                }
            }
        }
        return new ArrayList<>(fields.values());
    }

    /** The declared type of a field or relationship, when it is a declared type and not a primitive. */
    public Optional<Declaration> typeOf(Member member) {
        TypeReference type = member instanceof Field field ? field.getType()
                : member instanceof Relationship relationship ? relationship.getType() : null;
        return type == null || type.getType() == null || type.getType().eIsProxy() ? Optional.empty() : Optional.of(type.getType());
    }

    /** A field's type as written: {@code String}, {@code Trader[]}, {@code --> Trader}. */
    public static String describe(Member member) {
        TypeReference type = member instanceof Field field ? field.getType()
                : member instanceof Relationship relationship ? relationship.getType() : null;
        if (type == null) {
            return "";
        }
        ICompositeNode node = NodeModelUtils.findActualNodeFor(type);
        String written = node == null ? "" : NodeModelUtils.getTokenText(node);
        return (member instanceof Relationship ? "--> " : "") + written;
    }

    /**
     * The type of the dotted chain of names ending just before {@code offset} (e.g. {@code trade.commodity}
     * before the '.' being completed), resolved in the handler, function or ACL rule around the offset.
     */
    public Optional<Declaration> chainType(EObject root, int offset, List<String> chain) {
        if (chain.isEmpty()) {
            return Optional.empty();
        }
        EObject scope = innermostAt(root, offset);
        Optional<Declaration> type = nameType(scope, chain.get(0), offset);
        for (String segment : chain.subList(1, chain.size())) {
            type = type.flatMap(t -> field(t, segment)).flatMap(this::typeOf);
        }
        return type;
    }

    /** A field of a class by name, declared or inherited. */
    public Optional<Member> field(Declaration type, String name) {
        return fields(type).stream().filter(f -> name.equals(f.getName())).findFirst();
    }

    /** The type of a logic or ACL expression, where the model tells it (names, fields, new, get). */
    public Optional<Declaration> typeOf(Expression expression) {
        if (expression instanceof ParenthesizedExpression parenthesized) {
            return typeOf(parenthesized.getExpression());
        }
        if (expression instanceof NewExpression created) {
            return resolved(created.getType());
        }
        if (expression instanceof GetExpression got) {
            return resolved(got.getType());
        }
        if (expression instanceof MemberExpression member && !member.isCall()) {
            return typeOf(member.getReceiver()).flatMap(t -> field(t, member.getMember())).flatMap(this::typeOf);
        }
        if (expression instanceof NameExpression name && !name.isCall()) {
            ICompositeNode node = NodeModelUtils.findActualNodeFor(name);
            return nameType(name, name.getName(), node == null ? Integer.MAX_VALUE : node.getOffset());
        }
        return Optional.empty();
    }

    /** The type of a variable or parameter named {@code name}, as seen at {@code offset} from {@code context}. */
    private Optional<Declaration> nameType(EObject context, String name, int offset) {
        for (EObject scope = context; scope != null; scope = scope.eContainer()) {
            if (scope instanceof Handler handler && named(handler.getParameter(), name)) {
                return resolved(handler.getTransaction());
            }
            if (scope instanceof FunctionDeclaration function) {
                for (Parameter parameter : function.getParameters()) {
                    if (name.equals(parameter.getName())) {
                        return Optional.ofNullable(parameter.getType()).flatMap(t -> resolved(t.getType()));
                    }
                }
            }
            if (scope instanceof ForStatement loop && named(loop.getVariable(), name)) {
                return typeOf(loop.getIterable());
            }
            if (scope instanceof AclRule rule) {
                String target = named(rule.getParticipantVariable(), name) ? rule.getParticipant()
                        : named(rule.getResourceVariable(), name) ? rule.getResource()
                        : named(rule.getTransactionVariable(), name) ? rule.getTransaction() : null;
                return target == null ? Optional.empty() : type(rule, target.replaceAll("#.*$", ""));
            }
            Optional<Declaration> let = letBefore(scope, name, offset);
            if (let.isPresent()) {
                return let;
            }
        }
        return Optional.empty();
    }

    /** The last {@code let name} directly in a block-like container, written before the offset. */
    private Optional<Declaration> letBefore(EObject container, String name, int offset) {
        Optional<Declaration> found = Optional.empty();
        for (EObject child : container.eContents()) {
            ICompositeNode node = NodeModelUtils.findActualNodeFor(child);
            if (child instanceof LetStatement let && named(let.getVariable(), name) && node != null && node.getEndOffset() <= offset) {
                found = let.getType() != null ? resolved(let.getType().getType()) : typeOf(let.getValue());
            }
        }
        return found;
    }

    /** The innermost model element whose text spans {@code offset}. */
    public static EObject innermostAt(EObject root, int offset) {
        EObject best = root;
        for (EObject candidate : (Iterable<EObject>) () -> EcoreUtil2.eAll(root)) {
            ICompositeNode node = NodeModelUtils.findActualNodeFor(candidate);
            if (node != null && node.getOffset() <= offset && offset <= node.getEndOffset()
                    && EcoreUtil.isAncestor(best, candidate)) {
                best = candidate;
            }
        }
        return best;
    }

    private Declaration superType(Declaration type) {
        if (type.getSuperType() != null && !type.getSuperType().eIsProxy()) {
            return type.getSuperType();
        }
        String base = switch (type.getKind()) {
            case ASSET -> "Asset";
            case PARTICIPANT -> "Participant";
            case TRANSACTION -> "Transaction";
            case EVENT -> "Event";
            default -> null;
        };
        if (base == null || type.getKind() == DeclarationKind.ENUM) {
            return null;
        }
        return type(type, base).filter(b -> b != type).orElse(null);
    }

    private static boolean named(Variable variable, String name) {
        return variable != null && name.equals(variable.getName());
    }

    private static Optional<Declaration> resolved(Declaration declaration) {
        return declaration == null || declaration.eIsProxy() ? Optional.empty() : Optional.of(declaration);
    }
}
