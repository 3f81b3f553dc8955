package dev.charter.rest.generator;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.charter.compiler.codegen.JavaNames;
import dev.charter.compiler.codegen.ModelTypeGenerator;
import dev.charter.compiler.model.Primitive;
import dev.charter.runtime.model.FieldInfo;
import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.model.PrimitiveType;
import dev.charter.runtime.model.TypeInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The typed view of Composer's JSON for users' own code: a Java type per concept, enum, asset, participant,
 * transaction and event of the user's model, which Jackson reads from and writes to exactly the JSON the service
 * speaks. Leaf types are records, named by {@code @JsonTypeName} with {@code $class} as the type property; a type
 * with subtypes is an interface whose {@code @JsonSubTypes} name its concrete descendants (a concrete one's own
 * instances are its nested record {@code Value}); enums are Java enums. Relationships are {@code resource:} URI
 * strings, DateTime is an {@link Instant} in the runtime's format, numbers and Booleans are boxed (optional fields
 * may be null and are then left out), arrays are lists, and types of the system model are left as JSON.
 */
final class DtoGenerator {

    private static final String JACKSON = "com.fasterxml.jackson.annotation";
    private static final ClassName JSON_TYPE_INFO = ClassName.get(JACKSON, "JsonTypeInfo");
    private static final ClassName JSON_TYPE_NAME = ClassName.get(JACKSON, "JsonTypeName");
    private static final ClassName JSON_SUB_TYPES = ClassName.get(JACKSON, "JsonSubTypes");
    private static final ClassName JSON_INCLUDE = ClassName.get(JACKSON, "JsonInclude");
    private static final ClassName JSON_PROPERTY = ClassName.get(JACKSON, "JsonProperty");
    private static final ClassName JSON_FORMAT = ClassName.get(JACKSON, "JsonFormat");
    /** The runtime's DateTime: {@code IsoTime}, three fraction digits in UTC. */
    static final String DATE_TIME_PATTERN = "uuuu-MM-dd'T'HH:mm:ss.SSS'Z'";
    /** Names a record component may not have (JLS 8.10.1). */
    private static final Set<String> RESERVED_COMPONENTS = Set.of("clone", "finalize", "getClass",
            "hashCode", "notify", "notifyAll", "toString", "wait");
    /** The record of a concrete type that has subtypes, nested in the type's interface. */
    static final String VALUE = "Value";

    private final RestApi api;
    private final ModelInfo model;

    DtoGenerator(RestApi api) {
        this.api = api;
        this.model = api.model();
    }

    JavaFile generate(TypeInfo type) {
        ClassName name = api.dto(type.qualifiedName());
        TypeSpec.Builder spec;
        if (type.kind() == TypeInfo.Kind.ENUM) {
            spec = TypeSpec.enumBuilder(name).addModifiers(Modifier.PUBLIC);
            for (String value : type.enumValues()) {
                if (JavaNames.identifier(value).equals(value)) {
                    spec.addEnumConstant(value);
                } else {
                    spec.addEnumConstant(JavaNames.identifier(value), TypeSpec.anonymousClassBuilder("")
                            .addAnnotation(jsonProperty(value)).build());
                }
            }
        } else if (hasSubtypes(type)) {
            spec = polymorphic(type, name);
        } else {
            spec = record(type, name).addAnnotation(typeInfo());
        }
        spec.addAnnotation(Spring.generated(api.sourceFile(type))).addJavadoc("$L\n", javadoc(type));
        return Spring.file(name.packageName(), spec.build(), api.sourceFile(type));
    }

    private String javadoc(TypeInfo type) {
        String kind = type.kind().name().toLowerCase(Locale.ROOT);
        String declared = (type.isAbstract() ? "Abstract " + kind : Character.toUpperCase(kind.charAt(0))
                + kind.substring(1)) + " {@code " + type.qualifiedName() + "}";
        return api.documentation(type.qualifiedName()).map(doc -> doc + "\n\n<p>" + declared + ".").orElse(declared + ".");
    }

    private boolean hasSubtypes(TypeInfo type) {
        return type.isAbstract() || model.types().values().stream()
                .anyMatch(t -> type.qualifiedName().equals(t.superType()));
    }

    /** An interface with an accessor per field it declares, naming its concrete descendants. */
    private TypeSpec.Builder polymorphic(TypeInfo type, ClassName name) {
        TypeSpec.Builder spec = TypeSpec.interfaceBuilder(name).addModifiers(Modifier.PUBLIC)
                .addAnnotation(typeInfo());
        superInterface(type).ifPresent(spec::addSuperinterface);
        for (FieldInfo field : declaredBy(type)) {
            spec.addMethod(MethodSpec.methodBuilder(componentName(field))
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT).returns(javaType(field)).build());
        }
        CodeBlock.Builder subtypes = CodeBlock.builder().add("{\n").indent();
        List<TypeInfo> concrete = model.concreteSubtypes(type.qualifiedName());
        for (int i = 0; i < concrete.size(); i++) {
            subtypes.add("@$T.Type(value = $T.class, name = $S)$L\n", JSON_SUB_TYPES, record(concrete.get(i)),
                    concrete.get(i).qualifiedName(), i < concrete.size() - 1 ? "," : "");
        }
        spec.addAnnotation(AnnotationSpec.builder(JSON_SUB_TYPES).addMember("value", subtypes.unindent().add("}").build())
                .build());
        if (!type.isAbstract()) {
            spec.addType(record(type, name.nestedClass(VALUE))
                    .addJavadoc("An instance of {@code $L} itself.\n", type.qualifiedName()).build());
        }
        return spec;
    }

    private TypeSpec.Builder record(TypeInfo type, ClassName name) {
        MethodSpec.Builder components = MethodSpec.constructorBuilder();
        for (FieldInfo field : model.allFields(type.qualifiedName())) {
            ParameterSpec.Builder component = ParameterSpec.builder(javaType(field), componentName(field));
            if (!componentName(field).equals(field.name())) {
                component.addAnnotation(jsonProperty(field.name()));
            }
            if (field.primitive() == PrimitiveType.DATE_TIME) {
                component.addAnnotation(AnnotationSpec.builder(JSON_FORMAT)
                        .addMember("shape", "$T.Shape.STRING", JSON_FORMAT)
                        .addMember("pattern", "$S", DATE_TIME_PATTERN)
                        .addMember("timezone", "$S", "UTC").build());
            }
            components.addParameter(component.build());
        }
        TypeSpec.Builder record = TypeSpec.recordBuilder(name).addModifiers(Modifier.PUBLIC)
                .recordConstructor(components.build())
                .addAnnotation(AnnotationSpec.builder(JSON_TYPE_NAME).addMember("value", "$S", type.qualifiedName()).build())
                .addAnnotation(AnnotationSpec.builder(JSON_INCLUDE).addMember("value", "$T.Include.NON_NULL", JSON_INCLUDE)
                        .build());
        if (name.enclosingClassName() != null) {
            record.addModifiers(Modifier.STATIC).addSuperinterface(name.enclosingClassName());
        } else {
            superInterface(type).ifPresent(record::addSuperinterface);
        }
        return record;
    }

    /** The field's name, unless Java reserves it: {@code new_}, {@code hashCode_}. */
    private static String componentName(FieldInfo field) {
        String name = JavaNames.fieldName(field.name());
        return RESERVED_COMPONENTS.contains(name) ? name + "_" : name;
    }

    private static AnnotationSpec jsonProperty(String name) {
        return AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", name).build();
    }

    private static AnnotationSpec typeInfo() {
        return AnnotationSpec.builder(JSON_TYPE_INFO)
                .addMember("use", "$T.Id.NAME", JSON_TYPE_INFO)
                .addMember("property", "$S", "$class")
                .build();
    }

    /** The record a concrete type's instances read into. */
    private ClassName record(TypeInfo concrete) {
        ClassName name = api.dto(concrete.qualifiedName());
        return hasSubtypes(concrete) ? name.nestedClass(VALUE) : name;
    }

    private Optional<ClassName> superInterface(TypeInfo type) {
        return Optional.ofNullable(type.superType()).filter(this::isUserType).map(api::dto);
    }

    /** The fields an interface declares: its own, and those of system super types (which have no DTO). */
    private List<FieldInfo> declaredBy(TypeInfo type) {
        List<FieldInfo> fields = new ArrayList<>();
        if (type.superType() != null && !isUserType(type.superType())) {
            fields.addAll(model.allFields(type.superType()));
        }
        fields.addAll(type.fields());
        return fields;
    }

    private boolean isUserType(String qualifiedName) {
        return model.type(qualifiedName).filter(t -> !t.namespace().equals(ModelInfo.SYSTEM_NAMESPACE)).isPresent();
    }

    private TypeName javaType(FieldInfo field) {
        TypeName single;
        if (field.relationship()) {
            single = ClassName.get(String.class);
        } else if (field.primitive() != null) {
            single = ModelTypeGenerator.primitive(Primitive.byModelName(field.primitive().modelName()).orElseThrow());
        } else if (isUserType(field.type())) {
            single = api.dto(field.type());
        } else {
            single = Spring.JSON_NODE;
        }
        return field.array() ? ParameterizedTypeName.get(ClassName.get(List.class), single) : single;
    }
}
