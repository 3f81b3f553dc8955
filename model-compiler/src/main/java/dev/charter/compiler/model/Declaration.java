package dev.charter.compiler.model;

import dev.charter.compiler.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;

/** A type declared in a model file. */
public sealed interface Declaration {

    String namespace();

    String name();

    DeclarationKind kind();

    List<Decorator> decorators();

    /** Where the declaration's name is written. */
    SourceLocation location();

    /** True for the types of Composer's implicit system model. */
    boolean system();

    default String qualifiedName() {
        return namespace() + "." + name();
    }

    /** {@code [abstract] asset|participant|transaction|event|concept Name [identified by f] [extends S] {…}}. */
    record ClassDeclaration(String namespace, String name, DeclarationKind kind, boolean isAbstract,
            Optional<Identifier> identifiedBy, Optional<TypeRef> superType, List<Property> properties,
            List<Decorator> decorators, SourceLocation location, boolean system) implements Declaration {
        public ClassDeclaration {
            properties = List.copyOf(properties);
            decorators = List.copyOf(decorators);
        }

        public Optional<Property> property(String propertyName) {
            return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
        }
    }

    /** {@code enum Name { o VALUE … }}. */
    record EnumDeclaration(String namespace, String name, List<EnumValue> values, List<Decorator> decorators,
            SourceLocation location, boolean system) implements Declaration {
        public EnumDeclaration {
            values = List.copyOf(values);
            decorators = List.copyOf(decorators);
        }

        @Override
        public DeclarationKind kind() {
            return DeclarationKind.ENUM;
        }

        public boolean hasValue(String valueName) {
            return values.stream().anyMatch(v -> v.name().equals(valueName));
        }
    }

    /** The field named by {@code identified by}. */
    record Identifier(String field, SourceLocation location) {
    }

    record EnumValue(String name, List<Decorator> decorators, SourceLocation location) {
        public EnumValue {
            decorators = List.copyOf(decorators);
        }
    }
}
