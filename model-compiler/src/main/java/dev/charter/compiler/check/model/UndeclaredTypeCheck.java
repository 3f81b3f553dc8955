package dev.charter.compiler.check.model;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.check.Suggestions;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.Declaration.ClassDeclaration;
import dev.charter.compiler.model.ModelFile;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.Primitive;
import dev.charter.compiler.model.Property;
import dev.charter.compiler.model.TypeRef.UnresolvedRef;
import java.util.ArrayList;
import java.util.List;

@CheckInfo(summary = "Field and relationship types that are neither declared in the namespace nor imported.",
        reports = Code.UNDECLARED_TYPE)
public final class UndeclaredTypeCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        for (ModelFile file : network.userModelFiles()) {
            List<String> visible = visibleNames(network, file);
            FileImports imports = FileImports.of(network, file);
            List<String> withPrimitives = new ArrayList<>(visible);
            for (Primitive primitive : Primitive.values()) {
                withPrimitives.add(primitive.modelName());
            }
            for (Declaration declaration : file.declarations()) {
                if (!(declaration instanceof ClassDeclaration type)) {
                    continue;
                }
                for (Property property : type.properties()) {
                    // An ambiguous or broken import is reported once, at the import, not at every use.
                    if (property.type() instanceof UnresolvedRef ref && !ref.written().isEmpty()
                            && !imports.explainsUnresolved(ref.written())) {
                        boolean relationship = property instanceof Property.Relationship;
                        diagnostics.report(Code.UNDECLARED_TYPE, ref.location(), ref.written(),
                                (relationship ? "relationship " : "field ") + property.name() + " of " + type.name(),
                                Suggestions.didYouMean(ref.written(), relationship ? visible : withPrimitives));
                    }
                }
            }
        }
    }

    /** The simple names a file can use: its namespace, its imports and the system model. */
    static List<String> visibleNames(Network network, ModelFile file) {
        return visibleTypes(network, file).stream().map(Declaration::name).toList();
    }

    /** The types a file can name by simple name: its namespace's, its imports' and the system model's. */
    static List<Declaration> visibleTypes(Network network, ModelFile file) {
        List<Declaration> visible = new ArrayList<>();
        for (Declaration declaration : network.types().values()) {
            String namespace = declaration.namespace();
            boolean imported = file.imports().stream().anyMatch(i -> i.namespace().equals(namespace)
                    && (i.wildcard() || i.typeName().orElse("").equals(declaration.name())));
            if (namespace.equals(file.namespace()) || declaration.system() || imported) {
                visible.add(declaration);
            }
        }
        return visible;
    }
}
