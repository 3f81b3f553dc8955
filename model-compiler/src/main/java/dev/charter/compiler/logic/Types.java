package dev.charter.compiler.logic;

import dev.charter.compiler.logic.LType.ClassType;
import dev.charter.compiler.logic.LType.EnumType;
import dev.charter.compiler.logic.LType.ListType;
import dev.charter.compiler.logic.LType.Prim;
import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.Primitive;
import dev.charter.compiler.model.Property;
import dev.charter.compiler.model.TypeRef;
import dev.charter.compiler.model.logic.ValueType;

/** The rules relating logic types: assignability, comparison, and types of model elements. */
final class Types {

    private final Network network;

    Types(Network network) {
        this.network = network;
    }

    /** Whether a value of type {@code from} may be stored where {@code to} is expected. */
    boolean assignable(LType from, LType to) {
        if (from.isUnknown() || to.isUnknown() || from instanceof LType.NullType) {
            return !(to instanceof LType.VoidType);
        }
        if (from instanceof Prim f && to instanceof Prim t) {
            return f.equals(t) || widens(f.primitive(), t.primitive());
        }
        if (from instanceof ClassType f && to instanceof ClassType t) {
            return network.isSubtypeOf(f.declaration(), t.declaration().qualifiedName());
        }
        if (from instanceof EnumType f && to instanceof EnumType t) {
            return f.declaration().qualifiedName().equals(t.declaration().qualifiedName());
        }
        if (from instanceof ListType f && to instanceof ListType t) {
            return assignable(f.element(), t.element());
        }
        return false;
    }

    private static boolean widens(Primitive from, Primitive to) {
        return (from == Primitive.INTEGER && (to == Primitive.LONG || to == Primitive.DOUBLE))
                || (from == Primitive.LONG && to == Primitive.DOUBLE);
    }

    /** Whether {@code ==} and {@code !=} make sense between the two. */
    boolean comparable(LType a, LType b) {
        return (a.isNumeric() && b.isNumeric()) || assignable(a, b) || assignable(b, a);
    }

    /** Whether {@code <}, {@code <=}, {@code >}, {@code >=} make sense between the two. */
    boolean ordered(LType a, LType b) {
        if (a.isUnknown() || b.isUnknown()) {
            return true;
        }
        return (a.isNumeric() && b.isNumeric()) || (a.equals(b) && (a.equals(LType.DATE_TIME) || a.equals(LType.STRING)));
    }

    /** The wider of two numeric types. */
    static LType numeric(LType a, LType b) {
        if (a.equals(LType.DOUBLE) || b.equals(LType.DOUBLE)) {
            return LType.DOUBLE;
        }
        if (a.equals(LType.LONG) || b.equals(LType.LONG)) {
            return LType.LONG;
        }
        return a.isUnknown() || b.isUnknown() ? LType.UNKNOWN : LType.INTEGER;
    }

    /** The type of a value of a property, without its array-ness. */
    LType element(TypeRef type) {
        if (type instanceof TypeRef.PrimitiveRef p) {
            return new Prim(p.primitive());
        }
        if (type instanceof TypeRef.DeclaredRef d) {
            return network.type(d.qualifiedName()).map(LType::of).orElse(LType.UNKNOWN);
        }
        return LType.UNKNOWN;
    }

    LType of(Property property) {
        LType element = element(property.type());
        return property.array() ? new ListType(element) : element;
    }

    LType of(ValueType type) {
        LType element = element(type.type());
        return type.array() ? new ListType(element) : element;
    }

    /** The type a decorator names, such as {@code String} in {@code @returns(String)}, seen from a namespace. */
    LType named(String name, boolean array, String namespace) {
        LType element = Primitive.byModelName(name).<LType>map(Prim::new)
                .or(() -> network.type(name).map(LType::of))
                .or(() -> network.type(namespace + "." + name).map(LType::of))
                .orElse(LType.UNKNOWN);
        return array ? new ListType(element) : element;
    }

    /** Whether the type is an asset or a participant: something a registry stores. */
    static boolean isStored(LType type) {
        return type instanceof ClassType c && (c.declaration().kind() == dev.charter.compiler.model.DeclarationKind.ASSET
                || c.declaration().kind() == dev.charter.compiler.model.DeclarationKind.PARTICIPANT);
    }

    /** "asset LetterOfCredit", "String", … for messages. */
    static String describe(LType type) {
        if (type instanceof ClassType c) {
            return c.declaration().kind().keyword() + " " + c.declaration().name();
        }
        if (type instanceof EnumType e) {
            return "enum " + e.declaration().name();
        }
        return type.display();
    }

    static boolean isClass(LType type, Declaration declaration) {
        return type instanceof ClassType c && c.declaration().qualifiedName().equals(declaration.qualifiedName());
    }
}
