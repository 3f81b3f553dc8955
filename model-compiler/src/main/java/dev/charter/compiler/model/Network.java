package dev.charter.compiler.model;

import dev.charter.compiler.model.Declaration.ClassDeclaration;
import dev.charter.compiler.model.TypeRef.DeclaredRef;
import dev.charter.compiler.model.acl.AclFile;
import dev.charter.compiler.model.logic.LogicFile;
import dev.charter.compiler.model.logic.LogicFunction;
import dev.charter.compiler.model.query.QueryFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A business network as the compiler understands it: descriptor, model files (the system model
 * first), access rules and queries; free of Xtext and EMF so generators and runtimes can use it.
 *
 * @param types every declaration by qualified name; where a name is declared twice, the first wins
 * @param acl the access rules of {@code permissions.acl}; empty when the network has none (everything is allowed)
 * @param queries the queries of {@code queries.qry}, if the network has the file
 * @param logic the {@code logic/*.logic} files: transaction handlers and functions
 */
public record Network(Descriptor descriptor, List<ModelFile> modelFiles, Map<String, Declaration> types,
        Optional<AclFile> acl, Optional<QueryFile> queries, List<LogicFile> logic) {

    /** The namespace of Composer's implicit system model. */
    public static final String SYSTEM_NAMESPACE = "org.hyperledger.composer.system";

    public Network {
        modelFiles = List.copyOf(modelFiles);
        types = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(types));
        logic = List.copyOf(logic);
    }

    /** A network of model files only: no access rules, queries or logic. */
    public static Network of(Descriptor descriptor, List<ModelFile> modelFiles) {
        return of(descriptor, modelFiles, Optional.empty(), Optional.empty(), List.of());
    }

    /** Builds the type table from the model files. */
    public static Network of(Descriptor descriptor, List<ModelFile> modelFiles, Optional<AclFile> acl,
            Optional<QueryFile> queries, List<LogicFile> logic) {
        Map<String, Declaration> types = new LinkedHashMap<>();
        for (ModelFile file : modelFiles) {
            for (Declaration declaration : file.declarations()) {
                types.putIfAbsent(declaration.qualifiedName(), declaration);
            }
        }
        return new Network(descriptor, modelFiles, types, acl, queries, logic);
    }

    /** Every function of every logic file. */
    public List<LogicFunction> functions() {
        return logic.stream().flatMap(f -> f.functions().stream()).toList();
    }

    public Optional<Declaration> type(String qualifiedName) {
        return Optional.ofNullable(types.get(qualifiedName));
    }

    /** The model files the user wrote, without the system model. */
    public List<ModelFile> userModelFiles() {
        return modelFiles.stream().filter(f -> !f.system()).toList();
    }

    /** The declarations the user wrote, in file order. */
    public List<Declaration> userDeclarations() {
        return userModelFiles().stream().flatMap(f -> f.declarations().stream()).toList();
    }

    /**
     * The resolved direct super type. As in Composer, a user asset, participant, transaction or
     * event that extends nothing extends the system type of its kind (e.g. system Participant).
     */
    public Optional<ClassDeclaration> superType(ClassDeclaration declaration) {
        if (declaration.superType().isEmpty()) {
            return declaration.system() ? Optional.empty() : implicitSuperType(declaration.kind());
        }
        return declaration.superType()
                .filter(DeclaredRef.class::isInstance)
                .map(ref -> types.get(((DeclaredRef) ref).qualifiedName()))
                .filter(ClassDeclaration.class::isInstance)
                .map(ClassDeclaration.class::cast);
    }

    private Optional<ClassDeclaration> implicitSuperType(DeclarationKind kind) {
        String base = switch (kind) {
            case ASSET -> "Asset";
            case PARTICIPANT -> "Participant";
            case TRANSACTION -> "Transaction";
            case EVENT -> "Event";
            case CONCEPT, ENUM -> null;
        };
        return base == null ? Optional.empty()
                : type(SYSTEM_NAMESPACE + "." + base).filter(ClassDeclaration.class::isInstance)
                        .map(ClassDeclaration.class::cast);
    }

    /** Super types from the direct parent upwards; stops at a cycle instead of looping. */
    public List<ClassDeclaration> ancestors(ClassDeclaration declaration) {
        List<ClassDeclaration> ancestors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(declaration.qualifiedName());
        Optional<ClassDeclaration> next = superType(declaration);
        while (next.isPresent() && seen.add(next.get().qualifiedName())) {
            ancestors.add(next.get());
            next = superType(next.get());
        }
        return ancestors;
    }

    /** True when {@code declaration} is {@code ancestor} or inherits from it. */
    public boolean isSubtypeOf(ClassDeclaration declaration, String ancestorQualifiedName) {
        return declaration.qualifiedName().equals(ancestorQualifiedName)
                || ancestors(declaration).stream().anyMatch(a -> a.qualifiedName().equals(ancestorQualifiedName));
    }

    /** Inherited properties first (from the root down), then the declaration's own. */
    public List<Property> allProperties(ClassDeclaration declaration) {
        List<ClassDeclaration> chain = new ArrayList<>(ancestors(declaration));
        java.util.Collections.reverse(chain);
        chain.add(declaration);
        List<Property> properties = new ArrayList<>();
        for (ClassDeclaration c : chain) {
            properties.addAll(c.properties());
        }
        return properties;
    }

    /** A property by name, declared or inherited. */
    public Optional<Property> property(ClassDeclaration declaration, String name) {
        Optional<Property> own = declaration.property(name);
        if (own.isPresent()) {
            return own;
        }
        for (ClassDeclaration ancestor : ancestors(declaration)) {
            Optional<Property> inherited = ancestor.property(name);
            if (inherited.isPresent()) {
                return inherited;
            }
        }
        return Optional.empty();
    }

    /** The declaration that says {@code identified by}, itself or the nearest ancestor. */
    public Optional<ClassDeclaration> identifyingDeclaration(ClassDeclaration declaration) {
        if (declaration.identifiedBy().isPresent()) {
            return Optional.of(declaration);
        }
        return ancestors(declaration).stream().filter(a -> a.identifiedBy().isPresent()).findFirst();
    }

    /** The declared types of a namespace. */
    public List<Declaration> typesIn(String namespace) {
        return types.values().stream().filter(d -> d.namespace().equals(namespace)).toList();
    }

    public boolean hasNamespace(String namespace) {
        return modelFiles.stream().anyMatch(f -> f.namespace().equals(namespace));
    }

    /** Every namespace a model file declares, the system namespace included. */
    public List<String> namespaces() {
        return modelFiles.stream().map(ModelFile::namespace).distinct().toList();
    }
}
