package dev.charter.compiler.model;

import dev.charter.compiler.diagnostic.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code .cto} file: a namespace, its imports and its declarations.
 *
 * @param documentation the text of each declaration's doc comment ({@code /** … *}{@code /}) by declaration name,
 *     without the comment's delimiters and leading asterisks; declarations without one are absent
 */
public record ModelFile(String path, String namespace, SourceLocation namespaceLocation, List<Import> imports,
        List<Declaration> declarations, boolean system, Map<String, String> documentation) {

    public ModelFile {
        imports = List.copyOf(imports);
        declarations = List.copyOf(declarations);
        documentation = Map.copyOf(documentation);
    }

    /** {@code import ns.Type} or {@code import ns.*}. */
    public record Import(String namespace, Optional<String> typeName, SourceLocation location) {
        public boolean wildcard() {
            return typeName.isEmpty();
        }

        public String text() {
            return namespace + "." + typeName.orElse("*");
        }
    }
}
