package dev.charter.runtime.model;

import dev.charter.runtime.resource.Asset;
import dev.charter.runtime.resource.Concept;
import dev.charter.runtime.resource.Event;
import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.Transaction;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The network's model types and the Java classes that represent them, both ways: what turns
 * {@code $class} into a class to instantiate, and a class into its model type.
 *
 * <p>Every class is loaded (without initialisation) when the table is built, and checked against
 * its model type: the right runtime base class, a concrete class for a concrete type, the Java
 * super class matching the model super type, enum constants named as the model's values. A network
 * archive whose classes do not match its model fails here, before it runs a transaction.
 */
public final class TypeTable {

    private final ModelInfo model;
    private final Map<String, Class<?>> classByType = new HashMap<>();
    private final Map<Class<?>, TypeInfo> typeByClass = new HashMap<>();

    /** Loads the class of every model type that names one through {@code loader}. */
    public TypeTable(ModelInfo model, ClassLoader loader) {
        this.model = model;
        for (TypeInfo type : model.types().values()) {
            if (type.javaClass() == null) {
                continue;
            }
            Class<?> javaClass;
            try {
                javaClass = Class.forName(type.javaClass(), false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalArgumentException("Class " + type.javaClass() + " of type " + type.qualifiedName()
                        + " cannot be loaded: " + e, e);
            }
            check(type, javaClass);
            classByType.put(type.qualifiedName(), javaClass);
            TypeInfo previous = typeByClass.put(javaClass, type);
            if (previous != null) {
                throw new IllegalArgumentException("Class " + javaClass.getName() + " represents both "
                        + previous.qualifiedName() + " and " + type.qualifiedName());
            }
        }
        for (TypeInfo type : model.types().values()) {
            Class<?> javaClass = classByType.get(type.qualifiedName());
            Class<?> superClass = type.superType() == null ? null : classByType.get(type.superType());
            if (javaClass != null && superClass != null && !superClass.isAssignableFrom(javaClass)) {
                throw new IllegalArgumentException("Class " + javaClass.getName() + " of type " + type.qualifiedName()
                        + " does not extend " + superClass.getName() + ", the class of its super type "
                        + type.superType());
            }
        }
    }

    public ModelInfo model() {
        return model;
    }

    /** The class of a model type, or null when the type has none (or is not declared). */
    public Class<?> javaClass(String qualifiedName) {
        return classByType.get(qualifiedName);
    }

    /** The model type a class represents, or null when it represents none. */
    public TypeInfo typeOf(Class<?> javaClass) {
        return typeByClass.get(javaClass);
    }

    /** The model type a class represents; an {@link IllegalArgumentException} names a class of no model type. */
    public TypeInfo requireTypeOf(Class<?> javaClass) {
        TypeInfo type = typeByClass.get(javaClass);
        if (type == null) {
            throw new IllegalArgumentException("Class " + javaClass.getName() + " represents no type of the model");
        }
        return type;
    }

    private static void check(TypeInfo type, Class<?> javaClass) {
        String which = "Class " + javaClass.getName() + " of " + type.kind().name().toLowerCase(java.util.Locale.ROOT)
                + " " + type.qualifiedName();
        Class<?> base = baseClass(type.kind());
        if (base != null && !base.isAssignableFrom(javaClass)) {
            throw new IllegalArgumentException(which + " does not extend " + base.getName());
        }
        if (type.kind() == TypeInfo.Kind.ENUM) {
            if (!javaClass.isEnum()) {
                throw new IllegalArgumentException(which + " is not a Java enum");
            }
            List<String> constants = Arrays.stream(javaClass.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            if (!constants.equals(type.enumValues())) {
                throw new IllegalArgumentException(which + " has constants " + constants + " but the model declares "
                        + type.enumValues());
            }
        } else if (!type.isAbstract() && Modifier.isAbstract(javaClass.getModifiers())) {
            throw new IllegalArgumentException(which + " is abstract, but the type is not");
        }
    }

    private static Class<?> baseClass(TypeInfo.Kind kind) {
        switch (kind) {
            case ASSET:
                return Asset.class;
            case PARTICIPANT:
                return Participant.class;
            case TRANSACTION:
                return Transaction.class;
            case EVENT:
                return Event.class;
            case CONCEPT:
                return Concept.class;
            default:
                return null;
        }
    }
}
