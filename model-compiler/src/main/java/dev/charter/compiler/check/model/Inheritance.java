package dev.charter.compiler.check.model;

import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.Declaration.ClassDeclaration;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.TypeRef;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Questions about a class's chain of super types that several checks ask. */
final class Inheritance {

    private Inheritance() {
    }

    /**
     * True when every {@code extends} from {@code declaration} upwards names a declared type of the
     * same kind and the chain ends without a cycle. Checks that reason about inherited members
     * (identifiers, for instance) stay silent when it is false: the broken link is reported once,
     * by {@link SuperTypeCheck}, and inherited members past it are unknown.
     */
    static boolean isComplete(Network network, ClassDeclaration declaration) {
        Set<String> seen = new HashSet<>();
        ClassDeclaration current = declaration;
        while (seen.add(current.qualifiedName())) {
            Optional<TypeRef> written = current.superType();
            if (written.isEmpty()) {
                return true;
            }
            Optional<Declaration> target = written.get() instanceof TypeRef.DeclaredRef ref
                    ? network.type(ref.qualifiedName()) : Optional.empty();
            if (target.isEmpty() || !(target.get() instanceof ClassDeclaration parent)
                    || parent.kind() != current.kind()) {
                return false;
            }
            current = parent;
        }
        return false;
    }
}
