package dev.charter.runtime.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The types of a business network at run time — the user's types merged with Composer's system
 * model — as the compiler writes them to {@code META-INF/charter/model.json}.
 *
 * <p>The constructor checks that the model is closed: every super type and field type is declared,
 * and no type inherits from itself; a broken archive fails here rather than half-way through a
 * transaction.
 *
 * @param types every type by qualified name, system types first
 */
public record ModelInfo(Map<String, TypeInfo> types) {

    /** The namespace of Composer's implicit system model. */
    public static final String SYSTEM_NAMESPACE = "org.hyperledger.composer.system";

    /** The version of the {@code model.json} format this runtime reads and writes. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public ModelInfo {
        types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
        checkClosed(types);
    }

    /** Composer's system model alone. */
    public static ModelInfo system() {
        return SystemModel.INSTANCE;
    }

    /** The system model merged with the given user types. */
    public static ModelInfo of(Collection<TypeInfo> userTypes) {
        Map<String, TypeInfo> merged = new LinkedHashMap<>(system().types());
        for (TypeInfo type : userTypes) {
            if (merged.putIfAbsent(type.qualifiedName(), type) != null) {
                throw new IllegalArgumentException("Type " + type.qualifiedName() + " is declared twice");
            }
        }
        return new ModelInfo(merged);
    }

    /** Reads a {@code model.json} document and merges it with the system model. */
    public static ModelInfo read(InputStream in) {
        return of(readDocument(in).types());
    }

    /** Writes the user's types (not the system model, which every reader merges in) as {@code model.json}. */
    public void write(OutputStream out) {
        List<TypeInfo> user = types.values().stream()
                .filter(t -> !t.namespace().equals(SYSTEM_NAMESPACE))
                .toList();
        try {
            JSON.writeValue(out, new Document(FORMAT_VERSION, user));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the model", e);
        }
    }

    static Document readDocument(InputStream in) {
        Document document;
        try {
            document = JSON.readValue(in, Document.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the model: " + e.getMessage(), e);
        }
        if (document.formatVersion() != FORMAT_VERSION) {
            throw new IllegalArgumentException("The model has format version " + document.formatVersion()
                    + "; this runtime reads version " + FORMAT_VERSION);
        }
        return document;
    }

    public Optional<TypeInfo> type(String qualifiedName) {
        return Optional.ofNullable(types.get(qualifiedName));
    }

    /** The type with the given name; an {@link IllegalArgumentException} names a missing one. */
    public TypeInfo require(String qualifiedName) {
        TypeInfo type = types.get(qualifiedName);
        if (type == null) {
            throw new IllegalArgumentException("Type " + qualifiedName + " is not declared in the model");
        }
        return type;
    }

    /** The type and its super types, from the type itself up to the root. */
    public List<TypeInfo> ancestry(String qualifiedName) {
        List<TypeInfo> chain = new ArrayList<>();
        for (TypeInfo t = require(qualifiedName); t != null; t = t.superType() == null ? null : types.get(t.superType())) {
            chain.add(t);
        }
        return chain;
    }

    /** Every field of a type, inherited fields first (from the root down), then its own, in model order. */
    public List<FieldInfo> allFields(String qualifiedName) {
        List<TypeInfo> chain = ancestry(qualifiedName);
        List<FieldInfo> fields = new ArrayList<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            fields.addAll(chain.get(i).fields());
        }
        return fields;
    }

    /** A field by name, declared by the type or inherited, or null. */
    public FieldInfo field(String qualifiedName, String fieldName) {
        for (TypeInfo t : ancestry(qualifiedName)) {
            FieldInfo field = t.ownField(fieldName);
            if (field != null) {
                return field;
            }
        }
        return null;
    }

    /** The identifying field of a type, declared or inherited, or null (concepts, enums, abstract roots). */
    public String identifierField(String qualifiedName) {
        for (TypeInfo t : ancestry(qualifiedName)) {
            if (t.identifierField() != null) {
                return t.identifierField();
            }
        }
        return null;
    }

    /** True when {@code sub} is {@code sup} or inherits from it; false when either is not declared. */
    public boolean isAssignable(String sub, String sup) {
        if (!types.containsKey(sup)) {
            return false;
        }
        for (TypeInfo t = types.get(sub); t != null; t = t.superType() == null ? null : types.get(t.superType())) {
            if (t.qualifiedName().equals(sup)) {
                return true;
            }
        }
        return false;
    }

    /** The non-abstract types assignable to the given type (itself included when concrete), in model order. */
    public List<TypeInfo> concreteSubtypes(String qualifiedName) {
        require(qualifiedName);
        return types.values().stream()
                .filter(t -> !t.isAbstract() && isAssignable(t.qualifiedName(), qualifiedName))
                .toList();
    }

    /** True when some type is declared in the namespace. */
    public boolean hasNamespace(String namespace) {
        return types.values().stream().anyMatch(t -> t.namespace().equals(namespace));
    }

    private static void checkClosed(Map<String, TypeInfo> types) {
        for (TypeInfo type : types.values()) {
            String name = type.qualifiedName();
            if (type.superType() != null) {
                TypeInfo sup = types.get(type.superType());
                if (sup == null) {
                    throw new IllegalArgumentException("Type " + name + " extends " + type.superType()
                            + ", which is not declared");
                }
                if (sup.kind() != type.kind()) {
                    throw new IllegalArgumentException("Type " + name + " is " + article(type.kind())
                            + " but extends " + sup.qualifiedName() + ", which is " + article(sup.kind()));
                }
            }
            Set<String> seen = new HashSet<>();
            for (TypeInfo t = type; t != null; t = t.superType() == null ? null : types.get(t.superType())) {
                if (!seen.add(t.qualifiedName())) {
                    throw new IllegalArgumentException("Type " + name + " inherits from itself");
                }
            }
            if (type.kind() == TypeInfo.Kind.ENUM ? !type.fields().isEmpty() : !type.enumValues().isEmpty()) {
                throw new IllegalArgumentException("Type " + name + " mixes fields and enum values");
            }
            for (FieldInfo field : type.fields()) {
                checkFieldType(types, type, field);
            }
        }
    }

    private static void checkFieldType(Map<String, TypeInfo> types, TypeInfo owner, FieldInfo field) {
        String where = "Field " + field.name() + " of " + owner.qualifiedName();
        if (!field.relationship() && PrimitiveType.ofModelName(field.type()) != null) {
            return;
        }
        TypeInfo target = types.get(field.type());
        if (target == null) {
            throw new IllegalArgumentException(where + " has type " + field.type() + ", which is not declared");
        }
        if (field.relationship() && !target.isIdentified()) {
            throw new IllegalArgumentException(where + " is a relationship to " + field.type()
                    + ", which is " + article(target.kind()) + "; relationships point to resources");
        }
    }

    private static String article(TypeInfo.Kind kind) {
        String word = kind.name().toLowerCase(java.util.Locale.ROOT);
        return (word.startsWith("a") || word.startsWith("e") ? "an " : "a ") + word;
    }

    /** The {@code model.json} document: a format version and the user's types. */
    record Document(@JsonProperty("formatVersion") int formatVersion, @JsonProperty("types") List<TypeInfo> types) {
        Document {
            types = types == null ? List.of() : List.copyOf(types);
        }
    }

    /** The system model, read once from the runtime's own resources. */
    private static final class SystemModel {
        static final ModelInfo INSTANCE = load();

        private static ModelInfo load() {
            try (InputStream in = ModelInfo.class.getResourceAsStream("system-model.json")) {
                if (in == null) {
                    throw new IllegalStateException("system-model.json is missing from the runtime jar");
                }
                Map<String, TypeInfo> types = new LinkedHashMap<>();
                for (TypeInfo type : readDocument(in).types()) {
                    types.put(type.qualifiedName(), type);
                }
                return new ModelInfo(types);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
