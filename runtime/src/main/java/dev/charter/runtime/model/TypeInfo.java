package dev.charter.runtime.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * One declared type of a business network: its kind, place in the hierarchy, own fields and the
 * generated Java class that represents it.
 *
 * @param qualifiedName e.g. {@code org.example.trading.Commodity}
 * @param isAbstract declared {@code abstract}
 * @param superType the qualified name of the direct super type, or null; user assets,
 *     participants, transactions and events that extend nothing have the system type of their kind
 * @param identifierField the field named by this type's own {@code identified by}, or null (see
 *     {@link ModelInfo#identifierField} for the inherited one)
 * @param fields the fields declared by this type itself, in model order
 * @param enumValues the values of an enum, in model order; empty for other kinds
 * @param javaClass the fully qualified name of the generated (or runtime) class, or null when no
 *     class represents the type
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record TypeInfo(
        @JsonProperty("name") String qualifiedName,
        @JsonProperty("kind") Kind kind,
        @JsonProperty("abstract") boolean isAbstract,
        @JsonProperty("superType") String superType,
        @JsonProperty("identifiedBy") String identifierField,
        @JsonProperty("fields") List<FieldInfo> fields,
        @JsonProperty("enumValues") List<String> enumValues,
        @JsonProperty("javaClass") String javaClass) {

    /** What a declaration declares. */
    public enum Kind {
        ASSET, PARTICIPANT, TRANSACTION, EVENT, CONCEPT, ENUM
    }

    public TypeInfo {
        Objects.requireNonNull(qualifiedName, "qualifiedName");
        Objects.requireNonNull(kind, "kind of " + qualifiedName);
        if (qualifiedName.lastIndexOf('.') <= 0) {
            throw new IllegalArgumentException("Type name " + qualifiedName + " is not qualified by a namespace");
        }
        fields = fields == null ? List.of() : List.copyOf(fields);
        enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
    }

    public String namespace() {
        return qualifiedName.substring(0, qualifiedName.lastIndexOf('.'));
    }

    public String simpleName() {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }

    /** Assets, participants, transactions and events: instances with an identifier. */
    public boolean isIdentified() {
        return kind != Kind.CONCEPT && kind != Kind.ENUM;
    }

    /** Assets and participants: what registries store. */
    public boolean isRegistered() {
        return kind == Kind.ASSET || kind == Kind.PARTICIPANT;
    }

    /** A field declared by this type itself, or null. */
    public FieldInfo ownField(String name) {
        for (FieldInfo field : fields) {
            if (field.name().equals(name)) {
                return field;
            }
        }
        return null;
    }
}
