package dev.charter.compiler.check.query;

import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.Declaration.ClassDeclaration;
import dev.charter.compiler.model.Declaration.EnumDeclaration;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.Primitive;
import dev.charter.compiler.model.Property;
import dev.charter.compiler.model.TypeRef;
import java.util.Optional;

/** What a query sees of a field: its kind of value, and whether it is an array. */
sealed interface FieldType {

    boolean array();

    /** The same type without the array: what one element of the field is. */
    FieldType element();

    /** How a message names the type: {@code Double}, {@code enum State}, {@code an array of relationships to Bank}. */
    String describe();

    record PrimitiveField(Primitive primitive, boolean array) implements FieldType {
        @Override
        public FieldType element() {
            return new PrimitiveField(primitive, false);
        }

        @Override
        public String describe() {
            return array ? "an array of " + primitive.modelName() : primitive.modelName();
        }
    }

    record EnumField(EnumDeclaration declaration, boolean array) implements FieldType {
        @Override
        public FieldType element() {
            return new EnumField(declaration, false);
        }

        @Override
        public String describe() {
            return (array ? "an array of enum " : "enum ") + declaration.name();
        }
    }

    /** A relationship, stored as the identifier of the resource it points to. */
    record RelationshipField(ClassDeclaration target, boolean array) implements FieldType {
        @Override
        public FieldType element() {
            return new RelationshipField(target, false);
        }

        @Override
        public String describe() {
            return (array ? "an array of relationships to " : "a relationship to ") + target.name();
        }
    }

    /** A field holding a whole concept (or another class) by value, whose fields a path can name. */
    record ClassField(ClassDeclaration declaration, boolean array) implements FieldType {
        @Override
        public FieldType element() {
            return new ClassField(declaration, false);
        }

        @Override
        public String describe() {
            return (array ? "an array of " + declaration.kind().keyword() + " " : declaration.kind().keyword() + " ")
                    + declaration.name();
        }
    }

    /** The field's type; empty when the model does not declare it, which the model checks report. */
    static Optional<FieldType> of(Network network, Property property) {
        TypeRef type = property.type();
        if (type instanceof TypeRef.PrimitiveRef primitive) {
            return property instanceof Property.Relationship ? Optional.empty()
                    : Optional.of(new PrimitiveField(primitive.primitive(), property.array()));
        }
        if (!(type instanceof TypeRef.DeclaredRef declared)) {
            return Optional.empty();
        }
        Optional<Declaration> declaration = network.type(declared.qualifiedName());
        if (declaration.isEmpty()) {
            return Optional.empty();
        }
        if (property instanceof Property.Relationship) {
            return declaration.filter(ClassDeclaration.class::isInstance)
                    .map(d -> new RelationshipField((ClassDeclaration) d, property.array()));
        }
        if (declaration.get() instanceof EnumDeclaration enumeration) {
            return Optional.of(new EnumField(enumeration, property.array()));
        }
        return Optional.of(new ClassField((ClassDeclaration) declaration.get(), property.array()));
    }
}
