package dev.charter.compiler.check.query;

import dev.charter.compiler.model.Declaration.ClassDeclaration;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.Property;
import dev.charter.compiler.model.query.Operand.FieldPath;
import java.util.Optional;

/**
 * What a query's field path names, resolved as Composer resolves it: each segment is a field,
 * declared or inherited, of the type the path has reached, and only fields holding a concept (or
 * another class by value) lead further.
 */
sealed interface FieldResolution {

    /** The path names {@code property}, of type {@code type}. */
    record Found(Property property, FieldType type) implements FieldResolution {
    }

    /** Segment {@code segment} is not a field of {@code owner}; {@code ownerText} names it for a message. */
    record NoSuchField(int segment, ClassDeclaration owner, String ownerText) implements FieldResolution {
    }

    /** Segment {@code segment} follows a field whose value has no fields: {@code through}, of type {@code type}. */
    record NoFields(int segment, String through, FieldType type) implements FieldResolution {
    }

    /** A type on the way is undeclared: the model checks report it, so nothing is said here. */
    record Unknown() implements FieldResolution {
    }

    static FieldResolution resolve(Network network, PathRoot root, FieldPath path) {
        if (root instanceof PathRoot.Leaf leaf) {
            return new NoFields(0, leaf.array(), leaf.arrayType());
        }
        return resolve(network, ((PathRoot.Type) root).declaration(), path);
    }

    static FieldResolution resolve(Network network, ClassDeclaration scope, FieldPath path) {
        ClassDeclaration owner = scope;
        String ownerText = scope.name();
        for (int i = 0; i < path.segments().size(); i++) {
            String segment = path.segments().get(i);
            Optional<Property> property = network.property(owner, segment);
            if (property.isEmpty()) {
                return new NoSuchField(i, owner, ownerText);
            }
            Optional<FieldType> type = FieldType.of(network, property.get());
            if (type.isEmpty()) {
                return new Unknown();
            }
            if (i == path.segments().size() - 1) {
                return new Found(property.get(), type.get());
            }
            String walked = String.join(".", path.segments().subList(0, i + 1));
            if (!(type.get() instanceof FieldType.ClassField next)) {
                return new NoFields(i + 1, walked, type.get());
            }
            owner = next.declaration();
            ownerText = walked + " (" + type.get().describe() + ")";
        }
        return new Unknown();
    }
}
