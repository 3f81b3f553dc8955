package dev.charter.compiler.check.model;

import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.ModelFile;
import dev.charter.compiler.model.Network;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The types a model file's imports bring in, by simple name, as Charter's scoping sees them: a
 * simple name that two imports bring with different types is ambiguous and does not resolve.
 * Imports of the file's own namespace are left out (its types are local and always win), and so
 * are imports of the system namespace (its type names are reserved everywhere).
 */
final class FileImports {

    /** One type an import brings in. */
    record Imported(ModelFile.Import source, String qualifiedName) {
    }

    private final Map<String, List<Imported>> byName = new LinkedHashMap<>();
    private final Set<String> explicitlyNamed = new HashSet<>();

    private FileImports() {
    }

    static FileImports of(Network network, ModelFile file) {
        FileImports imports = new FileImports();
        for (ModelFile.Import source : file.imports()) {
            source.typeName().ifPresent(imports.explicitlyNamed::add);
            if (source.namespace().equals(file.namespace()) || source.namespace().equals(Network.SYSTEM_NAMESPACE)) {
                continue;
            }
            if (source.wildcard()) {
                for (Declaration type : network.typesIn(source.namespace())) {
                    imports.add(type.name(), new Imported(source, type.qualifiedName()));
                }
            } else {
                String qualifiedName = source.namespace() + "." + source.typeName().orElseThrow();
                if (network.type(qualifiedName).isPresent()) {
                    imports.add(source.typeName().orElseThrow(), new Imported(source, qualifiedName));
                }
            }
        }
        return imports;
    }

    private void add(String simpleName, Imported imported) {
        byName.computeIfAbsent(simpleName, n -> new ArrayList<>()).add(imported);
    }

    /** Every imported simple name with the imports that bring it, in import order. */
    Map<String, List<Imported>> byName() {
        return byName;
    }

    /** True when imports bring two different types under this simple name. */
    boolean isAmbiguous(String simpleName) {
        return byName.getOrDefault(simpleName, List.of()).stream().map(Imported::qualifiedName).distinct().count() > 1;
    }

    /**
     * True when a reference to {@code simpleName} that did not resolve is already explained by an
     * import: the name is ambiguous, or an import names it explicitly (and is reported if broken).
     */
    boolean explainsUnresolved(String simpleName) {
        return isAmbiguous(simpleName) || explicitlyNamed.contains(simpleName);
    }
}
