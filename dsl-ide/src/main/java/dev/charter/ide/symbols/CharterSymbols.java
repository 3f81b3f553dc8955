package dev.charter.ide.symbols;

import dev.charter.dsl.charter.AclRule;
import dev.charter.dsl.charter.Declaration;
import dev.charter.dsl.charter.EnumValue;
import dev.charter.dsl.charter.FunctionDeclaration;
import dev.charter.dsl.charter.Handler;
import dev.charter.dsl.charter.Member;
import dev.charter.dsl.charter.NamespaceFile;
import dev.charter.dsl.charter.Query;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** The outline of a file: its namespace, types with their fields, handlers, functions, rules and queries. */
public final class CharterSymbols {

    private CharterSymbols() {
    }

    /** Names as a reader looks for them in an outline: simple, not qualified. */
    public static class Names extends DocumentSymbolMapper.DocumentSymbolNameProvider {
        @Override
        public String getName(EObject object) {
            if (object instanceof NamespaceFile file) {
                return file.getName();
            }
            if (object instanceof Declaration declaration) {
                return declaration.getName();
            }
            if (object instanceof Member member) {
                return member.getName();
            }
            if (object instanceof Handler handler) {
                String transaction = NodeModelUtils.findNodesForFeature(handler,
                        dev.charter.dsl.charter.CharterPackage.Literals.HANDLER__TRANSACTION).stream()
                        .map(NodeModelUtils::getTokenText).findFirst().orElse("?");
                return "on " + transaction;
            }
            if (object instanceof FunctionDeclaration function) {
                return function.getName();
            }
            if (object instanceof AclRule rule) {
                return rule.getName();
            }
            if (object instanceof Query query) {
                return query.getName();
            }
            return null;
        }
    }

    /** Kinds that give each symbol its usual icon. */
    public static class Kinds extends DocumentSymbolMapper.DocumentSymbolKindProvider {
        @Override
        public SymbolKind getSymbolKind(EObject object) {
            if (object instanceof NamespaceFile) {
                return SymbolKind.Namespace;
            }
            if (object instanceof Declaration declaration) {
                return switch (declaration.getKind()) {
                    case ENUM -> SymbolKind.Enum;
                    case EVENT -> SymbolKind.Event;
                    case CONCEPT -> SymbolKind.Struct;
                    default -> SymbolKind.Class;
                };
            }
            if (object instanceof EnumValue) {
                return SymbolKind.EnumMember;
            }
            if (object instanceof Member) {
                return SymbolKind.Field;
            }
            if (object instanceof Handler || object instanceof FunctionDeclaration) {
                return SymbolKind.Function;
            }
            if (object instanceof AclRule) {
                return SymbolKind.Key;
            }
            if (object instanceof Query) {
                return SymbolKind.Interface;
            }
            return super.getSymbolKind(object);
        }
    }
}
