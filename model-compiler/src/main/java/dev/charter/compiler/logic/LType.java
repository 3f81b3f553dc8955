package dev.charter.compiler.logic;

import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.Declaration.ClassDeclaration;
import dev.charter.compiler.model.Declaration.EnumDeclaration;
import dev.charter.compiler.model.Primitive;

/** The static type of a logic expression. */
public sealed interface LType {

    /** How the type reads in a message, e.g. {@code LetterOfCredit}, {@code String[]}. */
    String display();

    /** A primitive: String, Boolean, DateTime, Integer, Long, Double. */
    record Prim(Primitive primitive) implements LType {
        @Override
        public String display() {
            return primitive.modelName();
        }
    }

    /** An asset, participant, transaction, event or concept. */
    record ClassType(ClassDeclaration declaration) implements LType {
        @Override
        public String display() {
            return declaration.name();
        }
    }

    /** An enum. */
    record EnumType(EnumDeclaration declaration) implements LType {
        @Override
        public String display() {
            return declaration.name();
        }
    }

    /** A list of elements, the type of array fields and list literals. */
    record ListType(LType element) implements LType {
        @Override
        public String display() {
            return element.display() + "[]";
        }
    }

    /** The type of {@code null}. */
    record NullType() implements LType {
        @Override
        public String display() {
            return "'null'"; // quoted: a bare null in a message reads like a crash
        }
    }

    /** What a function without a return type gives. */
    record VoidType() implements LType {
        @Override
        public String display() {
            return "nothing";
        }
    }

    /** The type of an expression that already has an error; it fits everywhere, so one mistake is reported once. */
    record Unknown() implements LType {
        @Override
        public String display() {
            return "unknown";
        }
    }

    LType STRING = new Prim(Primitive.STRING);
    LType BOOLEAN = new Prim(Primitive.BOOLEAN);
    LType DATE_TIME = new Prim(Primitive.DATE_TIME);
    LType INTEGER = new Prim(Primitive.INTEGER);
    LType LONG = new Prim(Primitive.LONG);
    LType DOUBLE = new Prim(Primitive.DOUBLE);
    LType NULL = new NullType();
    LType VOID = new VoidType();
    LType UNKNOWN = new Unknown();

    static LType of(Declaration declaration) {
        return declaration instanceof ClassDeclaration c ? new ClassType(c) : new EnumType((EnumDeclaration) declaration);
    }

    default boolean isNumeric() {
        return this instanceof Prim p && p.primitive().isNumeric();
    }

    default boolean isUnknown() {
        return this instanceof Unknown;
    }
}
