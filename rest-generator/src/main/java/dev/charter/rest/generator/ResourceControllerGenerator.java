package dev.charter.rest.generator;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.charter.runtime.model.TypeInfo;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The controller of one concrete asset or participant type: {@code GET}, {@code POST} on the collection;
 * {@code GET}, {@code HEAD}, {@code PUT}, {@code DELETE} on one resource and {@code GET …/history}. Each
 * method delegates to the runtime's {@code ResourceEndpoints}.
 */
final class ResourceControllerGenerator {

    private final RestApi api;

    ResourceControllerGenerator(RestApi api) {
        this.api = api;
    }

    JavaFile generate(TypeInfo type) {
        ClassName name = api.controller(type);
        String kind = type.kind().name().toLowerCase(Locale.ROOT);
        TypeSpec controller = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Spring.generated(api.sourceFile(type)))
                .addAnnotation(Spring.REST_CONTROLLER)
                .addAnnotation(AnnotationSpec.builder(Spring.REQUEST_MAPPING).addMember("path", "$S", api.path(type))
                        .addMember("produces", "$S", Spring.JSON).build())
                .addJavadoc("The REST endpoints of $L {@code $L}: list, create, read, replace, delete and history.\n",
                        kind, type.qualifiedName())
                .addField(FieldSpec.builder(String.class, "TYPE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$S", type.qualifiedName()).build())
                .addField(Spring.RESOURCE_ENDPOINTS, "endpoints", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addParameter(Spring.GATEWAY, "gateway")
                        .addStatement("this.endpoints = new $T(gateway, TYPE)", Spring.RESOURCE_ENDPOINTS).build())
                .addMethod(method("list", Spring.mapping(Spring.GET, ""), Spring.entityOfList(),
                        "Lists the $Ls the caller may read, by id (or {@code order}), a page at a time;\n{@code where} filters"
                                + " them (an ad-hoc query's condition, its parameters in the query string).", kind)
                        .addParameters(Spring.paging())
                        .addParameter(Spring.optionalParameter(ClassName.get(String.class), "where"))
                        .addParameter(ParameterSpec.builder(ParameterizedTypeName.get(Map.class, String.class, String.class),
                                "request").addAnnotation(Spring.REQUEST_PARAM).build())
                        .addStatement("return endpoints.list(caller, limit, skip, cursor, order, where, request)").build())
                .addMethod(method("create", Spring.mappingConsumingJson(Spring.POST, ""), Spring.entity(Spring.JSON_NODE),
                        "Adds $L $L: Composer's {@code Add$L} system transaction.", kind.startsWith("a") ? "an" : "a", kind,
                        capitalized(kind))
                        .addParameter(Spring.body())
                        .addStatement("return endpoints.create(caller, body)").build())
                .addMethod(method("get", Spring.mapping(Spring.GET, "/{id}"), Spring.entity(Spring.JSON_NODE),
                        "The $L with the id.", kind)
                        .addParameter(Spring.id())
                        .addStatement("return endpoints.get(caller, id)").build())
                .addMethod(method("exists", AnnotationSpec.builder(Spring.REQUEST_MAPPING).addMember("path", "$S", "/{id}")
                        .addMember("method", "$T.HEAD", Spring.REQUEST_METHOD).build(),
                        Spring.entity(ClassName.get(Void.class)), "200 when the $L exists, 404 when not.", kind)
                        .addParameter(Spring.id())
                        .addStatement("return endpoints.exists(caller, id)").build())
                .addMethod(method("update", Spring.mappingConsumingJson(Spring.PUT, "/{id}"), Spring.entity(Spring.JSON_NODE),
                        "Replaces the $L: Composer's {@code Update$L} system transaction.", kind, capitalized(kind))
                        .addParameter(Spring.id())
                        .addParameter(Spring.body())
                        .addStatement("return endpoints.update(caller, id, body)").build())
                .addMethod(method("delete", Spring.mapping(Spring.DELETE, "/{id}"), Spring.entity(ClassName.get(Void.class)),
                        "Removes the $L: Composer's {@code Remove$L} system transaction.", kind, capitalized(kind))
                        .addParameter(Spring.id())
                        .addStatement("return endpoints.delete(caller, id)").build())
                .addMethod(method("history", Spring.mapping(Spring.GET, "/{id}/history"), Spring.entity(Spring.JSON_NODE),
                        "Every version of the $L, oldest first, with the transaction that wrote it.", kind)
                        .addParameter(Spring.id())
                        .addStatement("return endpoints.history(caller, id)").build())
                .build();
        return Spring.file(name.packageName(), controller, api.sourceFile(type));
    }

    static MethodSpec.Builder method(String name, AnnotationSpec mapping, com.palantir.javapoet.TypeName returns,
            String javadoc, Object... args) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(mapping)
                .returns(returns)
                .addJavadoc(javadoc + "\n", args)
                .addParameter(Spring.caller());
    }

    private static String capitalized(String kind) {
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }
}
