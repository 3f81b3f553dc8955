package dev.charter.compiler.model;

import dev.charter.compiler.diagnostic.SourceLocation;

/** A use of a type in a model: a primitive, a resolved declaration, or a name that resolved to nothing. */
public sealed interface TypeRef {

    SourceLocation location();

    /** The name a message shows: the primitive, the simple name of a declaration, or what was written. */
    String displayName();

    record PrimitiveRef(Primitive primitive, SourceLocation location) implements TypeRef {
        @Override
        public String displayName() {
            return primitive.modelName();
        }
    }

    record DeclaredRef(String qualifiedName, SourceLocation location) implements TypeRef {
        @Override
        public String displayName() {
            return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        }
    }

    record UnresolvedRef(String written, SourceLocation location) implements TypeRef {
        @Override
        public String displayName() {
            return written;
        }
    }
}
