package dev.charter.compiler.check.model;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.check.model.FileImports.Imported;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.Declaration.ClassDeclaration;
import dev.charter.compiler.model.ModelFile;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.Property;
import dev.charter.compiler.model.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A simple name that means two types in one file. Composer lets the import win over a local type
 * and the first wildcard win over later ones, silently; Charter resolves a local type first and
 * treats two imports of one name as ambiguous. A clash through an explicit import is always
 * reported; a clash through a wildcard import only where the file uses the clashing name, since
 * wildcards routinely bring names a file never uses.
 */
@CheckInfo(summary = "An imported type that clashes with a local type or with another imported type of the same simple name.",
        reports = {Code.IMPORT_CLASHES_WITH_TYPE, Code.DUPLICATE_IMPORTED_NAME})
public final class ImportClashCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        for (ModelFile file : network.userModelFiles()) {
            FileImports imports = FileImports.of(network, file);
            Set<String> local = new HashSet<>();
            file.declarations().forEach(d -> local.add(d.name()));
            List<TypeRef> references = references(file);
            for (Map.Entry<String, List<Imported>> entry : imports.byName().entrySet()) {
                String name = entry.getKey();
                if (local.contains(name)) {
                    String localType = file.namespace() + "." + name;
                    boolean used = references.stream()
                            .anyMatch(r -> r instanceof TypeRef.DeclaredRef ref && ref.qualifiedName().equals(localType));
                    for (Imported imported : entry.getValue()) {
                        if (!imported.source().wildcard() || used) {
                            diagnostics.report(Code.IMPORT_CLASHES_WITH_TYPE, imported.source().location(), name,
                                    file.namespace(), imported.qualifiedName());
                        }
                    }
                } else if (imports.isAmbiguous(name)) {
                    boolean used = references.stream()
                            .anyMatch(r -> r instanceof TypeRef.UnresolvedRef ref && ref.written().equals(name));
                    reportAmbiguity(name, entry.getValue(), used, diagnostics);
                }
            }
        }
    }

    private static void reportAmbiguity(String name, List<Imported> imports, boolean used, Diagnostics diagnostics) {
        List<Imported> earlier = new ArrayList<>();
        for (Imported imported : imports) {
            boolean newType = earlier.stream().noneMatch(e -> e.qualifiedName().equals(imported.qualifiedName()));
            if (newType && !earlier.isEmpty()) {
                Optional<Imported> explicitRival = imported.source().wildcard() ? Optional.empty()
                        : earlier.stream().filter(e -> !e.source().wildcard()).findFirst();
                if (explicitRival.isPresent() || used) {
                    diagnostics.report(Code.DUPLICATE_IMPORTED_NAME, imported.source().location(), name,
                            explicitRival.orElse(earlier.get(0)).qualifiedName(), imported.qualifiedName());
                }
            }
            earlier.add(imported);
        }
    }

    /** Every type reference written in the file: super types, fields and relationships. */
    private static List<TypeRef> references(ModelFile file) {
        List<TypeRef> references = new ArrayList<>();
        for (Declaration declaration : file.declarations()) {
            if (declaration instanceof ClassDeclaration type) {
                type.superType().ifPresent(references::add);
                type.properties().stream().map(Property::type).forEach(references::add);
            }
        }
        return references;
    }
}
