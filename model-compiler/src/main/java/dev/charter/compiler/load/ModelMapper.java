package dev.charter.compiler.load;

import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.load.ParsedNetwork.ParsedFile;
import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.Declaration.ClassDeclaration;
import dev.charter.compiler.model.Declaration.EnumDeclaration;
import dev.charter.compiler.model.Declaration.EnumValue;
import dev.charter.compiler.model.Declaration.Identifier;
import dev.charter.compiler.model.DeclarationKind;
import dev.charter.compiler.model.Decorator;
import dev.charter.compiler.model.Literal;
import dev.charter.compiler.model.ModelFile;
import dev.charter.compiler.model.Primitive;
import dev.charter.compiler.model.Property;
import dev.charter.compiler.model.TypeRef;
import dev.charter.dsl.charter.BooleanValue;
import dev.charter.dsl.charter.CharterPackage.Literals;
import dev.charter.dsl.charter.DecoratorArgument;
import dev.charter.dsl.charter.DefaultValue;
import dev.charter.dsl.charter.Field;
import dev.charter.dsl.charter.Import;
import dev.charter.dsl.charter.Member;
import dev.charter.dsl.charter.NamespaceFile;
import dev.charter.dsl.charter.NumberValue;
import dev.charter.dsl.charter.Relationship;
import dev.charter.dsl.charter.RulesFile;
import dev.charter.dsl.charter.StringValue;
import dev.charter.dsl.charter.TypeReference;
import dev.charter.dsl.charter.TypeValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.emf.ecore.EObject;

/**
 * Maps the Xtext AST of model files to the semantic model. Shapes the grammar accepts but a model
 * cannot have (fields in an enum, a value without a type, a handler in a .cto file) are reported
 * here, since the semantic model has no way to hold them.
 */
public final class ModelMapper {

    private final Diagnostics diagnostics;

    public ModelMapper(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The system model first, then every user model file that declares a namespace. */
    public List<ModelFile> map(ParsedNetwork network) {
        List<ModelFile> files = new ArrayList<>();
        files.add(mapModel(network.systemModel(), true).orElseThrow());
        for (ParsedFile file : network.files()) {
            if (file.source().kind() == FileKind.MODEL) {
                mapModel(file, false).ifPresent(files::add);
            }
        }
        return files;
    }

    private Optional<ModelFile> mapModel(ParsedFile file, boolean system) {
        Locator at = new Locator(file.source());
        EObject root = file.resource().getContents().isEmpty() ? null : file.resource().getContents().get(0);
        if (!(root instanceof NamespaceFile namespaceFile) || namespaceFile.getName() == null) {
            if (root instanceof RulesFile rules && (!rules.getRules().isEmpty() || !rules.getQueries().isEmpty())) {
                EObject first = !rules.getRules().isEmpty() ? rules.getRules().get(0) : rules.getQueries().get(0);
                diagnostics.report(Code.MISPLACED_CONTENT, at.of(first),
                        rules.getRules().isEmpty() ? "A query" : "An access rule", FileKind.MODEL.describe(),
                        rules.getRules().isEmpty() ? "queries belong in queries.qry" : "access rules belong in permissions.acl");
            } else if (file.resource().getParseResult() == null || !file.resource().getParseResult().hasSyntaxErrors()) {
                diagnostics.report(Code.MISSING_NAMESPACE, dev.charter.compiler.diagnostic.SourceLocation.ofFile(file.source().path()),
                        FileKind.MODEL.describe());
            }
            return Optional.empty();
        }
        reportLogicIn(namespaceFile, at);
        String namespace = namespaceFile.getName();
        List<ModelFile.Import> imports = new ArrayList<>();
        for (Import imported : namespaceFile.getImports()) {
            String text = imported.getImportedNamespace();
            if (text == null) {
                continue;
            }
            boolean wildcard = text.endsWith(".*");
            String name = wildcard ? text.substring(0, text.length() - 2) : text;
            int dot = name.lastIndexOf('.');
            imports.add(wildcard || dot < 0
                    ? new ModelFile.Import(name, Optional.empty(), at.of(imported, Literals.IMPORT__IMPORTED_NAMESPACE))
                    : new ModelFile.Import(name.substring(0, dot), Optional.of(name.substring(dot + 1)),
                            at.of(imported, Literals.IMPORT__IMPORTED_NAMESPACE)));
        }
        List<Declaration> declarations = new ArrayList<>();
        Map<String, String> documentation = new HashMap<>();
        for (dev.charter.dsl.charter.Declaration declaration : namespaceFile.getDeclarations()) {
            if (declaration.getName() != null && declaration.getKind() != null) {
                declarations.add(mapDeclaration(namespace, declaration, at, system));
                docComment(file.source().text(), at.of(declaration).offset())
                        .ifPresent(doc -> documentation.putIfAbsent(declaration.getName(), doc));
            }
        }
        return Optional.of(new ModelFile(file.source().path(), namespace,
                at.of(namespaceFile, Literals.NAMESPACE_FILE__NAME), imports, declarations, system, documentation));
    }

    /** The doc comment ({@code /** … *}{@code /}) right before an offset, blank lines allowed, as plain text. */
    static Optional<String> docComment(String text, int offset) {
        int end = offset;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (!text.startsWith("*/", end - 2)) {
            return Optional.empty();
        }
        int start = text.lastIndexOf("/*", end - 2);
        if (start < 0 || !text.startsWith("/**", start) || start + 3 > end - 2) {
            return Optional.empty();
        }
        String doc = text.substring(start + 3, end - 2).lines()
                .map(line -> line.strip().replaceFirst("^\\*\\s?", ""))
                .collect(Collectors.joining("\n")).strip();
        return doc.isEmpty() ? Optional.empty() : Optional.of(doc);
    }

    private void reportLogicIn(NamespaceFile file, Locator at) {
        if (!file.getHandlers().isEmpty()) {
            diagnostics.report(Code.MISPLACED_CONTENT, at.of(file.getHandlers().get(0)), "A transaction handler",
                    FileKind.MODEL.describe(), "handlers belong in logic/*.logic");
        }
        if (!file.getFunctions().isEmpty()) {
            diagnostics.report(Code.MISPLACED_CONTENT, at.of(file.getFunctions().get(0)), "A function",
                    FileKind.MODEL.describe(), "functions belong in logic/*.logic");
        }
    }

    private Declaration mapDeclaration(String namespace, dev.charter.dsl.charter.Declaration source, Locator at,
            boolean system) {
        DeclarationKind kind = DeclarationKind.valueOf(source.getKind().name());
        List<Decorator> decorators = decorators(source.getDecorators(), at);
        var location = at.of(source, Literals.DECLARATION__NAME);
        if (kind == DeclarationKind.ENUM) {
            return mapEnum(namespace, source, decorators, at, system);
        }
        List<Property> properties = new ArrayList<>();
        for (Member member : source.getMembers()) {
            if (member.getName() == null) {
                continue;
            }
            if (member instanceof Field field) {
                properties.add(new Property.Field(field.getName(), typeRef(field.getType(), at), isArray(field.getType()),
                        field.isOptional(), defaultValue(field.getDefaultValue(), at),
                        Optional.ofNullable(field.getRegex()).map(r -> new Property.Regex(r, at.of(field, Literals.FIELD__REGEX))),
                        Optional.ofNullable(field.getRange()).map(r -> new Property.Range(Optional.ofNullable(r.getLower()),
                                Optional.ofNullable(r.getUpper()), at.of(r))),
                        decorators(field.getDecorators(), at), at.of(field, Literals.MEMBER__NAME)));
            } else if (member instanceof Relationship relationship) {
                properties.add(new Property.Relationship(relationship.getName(), typeRef(relationship.getType(), at),
                        isArray(relationship.getType()), relationship.isOptional(),
                        decorators(relationship.getDecorators(), at), at.of(relationship, Literals.MEMBER__NAME)));
            } else {
                diagnostics.report(Code.VALUE_WITHOUT_TYPE, at.of(member, Literals.MEMBER__NAME), kind.title(),
                        source.getName(), member.getName());
            }
        }
        Optional<Identifier> identifier = source.isIdentified() && source.getIdentifiedBy() != null
                ? Optional.of(new Identifier(source.getIdentifiedBy(), at.of(source, Literals.DECLARATION__IDENTIFIED_BY)))
                : Optional.empty();
        Optional<TypeRef> superType = source.eIsSet(Literals.DECLARATION__SUPER_TYPE)
                ? Optional.of(declaredRef(source.getSuperType(), at.text(source, Literals.DECLARATION__SUPER_TYPE),
                        at.of(source, Literals.DECLARATION__SUPER_TYPE)))
                : Optional.empty();
        return new ClassDeclaration(namespace, source.getName(), kind, source.isAbstract(), identifier, superType,
                properties, decorators, location, system);
    }

    private EnumDeclaration mapEnum(String namespace, dev.charter.dsl.charter.Declaration source,
            List<Decorator> decorators, Locator at, boolean system) {
        if (source.isAbstract()) {
            diagnostics.report(Code.ENUM_MODIFIER, at.of(source, Literals.DECLARATION__ABSTRACT), source.getName(), "be abstract");
        }
        if (source.isIdentified()) {
            diagnostics.report(Code.ENUM_MODIFIER, at.of(source, Literals.DECLARATION__IDENTIFIED), source.getName(),
                    "be identified by a field");
        }
        if (source.eIsSet(Literals.DECLARATION__SUPER_TYPE)) {
            diagnostics.report(Code.ENUM_MODIFIER, at.of(source, Literals.DECLARATION__SUPER_TYPE), source.getName(),
                    "extend another type");
        }
        List<EnumValue> values = new ArrayList<>();
        for (Member member : source.getMembers()) {
            if (member.getName() == null) {
                continue;
            }
            if (member instanceof dev.charter.dsl.charter.EnumValue value) {
                values.add(new EnumValue(value.getName(), decorators(value.getDecorators(), at),
                        at.of(value, Literals.MEMBER__NAME)));
            } else {
                diagnostics.report(Code.FIELD_IN_ENUM, at.of(member, Literals.MEMBER__NAME), source.getName(),
                        member instanceof Relationship ? "relationship" : "field", member.getName());
            }
        }
        return new EnumDeclaration(namespace, source.getName(), values, decorators,
                at.of(source, Literals.DECLARATION__NAME), system);
    }

    private static boolean isArray(TypeReference type) {
        return type != null && type.isArray();
    }

    static TypeRef typeRef(TypeReference type, Locator at) {
        if (type == null) {
            return new TypeRef.UnresolvedRef("", at.file().location(0, 0));
        }
        // Not eIsSet: String is the enum's default literal, so a written String reads as unset.
        if (!at.text(type, Literals.TYPE_REFERENCE__PRIMITIVE).isEmpty()) {
            return new TypeRef.PrimitiveRef(Primitive.valueOf(type.getPrimitive().name()),
                    at.of(type, Literals.TYPE_REFERENCE__PRIMITIVE));
        }
        return declaredRef(type.getType(), at.text(type, Literals.TYPE_REFERENCE__TYPE),
                at.of(type, Literals.TYPE_REFERENCE__TYPE));
    }

    /** A resolved reference by qualified name, or the name as written if linking found nothing. */
    static TypeRef declaredRef(dev.charter.dsl.charter.Declaration target, String written,
            dev.charter.compiler.diagnostic.SourceLocation location) {
        if (target == null || target.eIsProxy() || target.getName() == null
                || !(target.eContainer() instanceof NamespaceFile file) || file.getName() == null) {
            return new TypeRef.UnresolvedRef(written.strip(), location);
        }
        return new TypeRef.DeclaredRef(file.getName() + "." + target.getName(), location);
    }

    private static Optional<Literal> defaultValue(DefaultValue value, Locator at) {
        if (value == null) {
            return Optional.empty();
        }
        var location = at.of(value);
        if (value instanceof StringValue s) {
            return Optional.of(new Literal(Literal.Kind.STRING, s.getValue(), location));
        }
        if (value instanceof NumberValue n) {
            return Optional.of(new Literal(Literal.Kind.NUMBER, n.getValue(), location));
        }
        if (value instanceof BooleanValue b) {
            return Optional.of(new Literal(Literal.Kind.BOOLEAN, b.getValue(), location));
        }
        if (value instanceof dev.charter.dsl.charter.NameValue n) {
            return Optional.of(new Literal(Literal.Kind.NAME, n.getValue(), location));
        }
        return Optional.empty();
    }

    private static List<Decorator> decorators(List<dev.charter.dsl.charter.Decorator> decorators, Locator at) {
        List<Decorator> result = new ArrayList<>();
        for (dev.charter.dsl.charter.Decorator decorator : decorators) {
            if (decorator.getName() == null) {
                continue;
            }
            List<Decorator.Argument> arguments = new ArrayList<>();
            for (DecoratorArgument argument : decorator.getArguments()) {
                if (argument instanceof StringValue s) {
                    arguments.add(new Decorator.Argument(Decorator.Argument.Kind.STRING, s.getValue(), false));
                } else if (argument instanceof NumberValue n) {
                    arguments.add(new Decorator.Argument(Decorator.Argument.Kind.NUMBER, n.getValue(), false));
                } else if (argument instanceof BooleanValue b) {
                    arguments.add(new Decorator.Argument(Decorator.Argument.Kind.BOOLEAN, b.getValue(), false));
                } else if (argument instanceof TypeValue t) {
                    arguments.add(new Decorator.Argument(Decorator.Argument.Kind.TYPE, t.getValue(), t.isArray()));
                }
            }
            result.add(new Decorator(decorator.getName(), arguments, at.of(decorator)));
        }
        return result;
    }
}
