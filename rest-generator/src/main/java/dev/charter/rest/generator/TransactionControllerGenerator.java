package dev.charter.rest.generator;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.charter.runtime.model.TypeInfo;
import javax.lang.model.element.Modifier;

/**
 * The controller of one concrete transaction type: {@code POST} submits (waiting for the commit unless
 * {@code ?wait=false}), {@code GET} lists and reads committed ones. Delegates to {@code TransactionEndpoints}.
 */
final class TransactionControllerGenerator {

    private final RestApi api;

    TransactionControllerGenerator(RestApi api) {
        this.api = api;
    }

    JavaFile generate(TypeInfo type) {
        ClassName name = api.controller(type);
        TypeSpec controller = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Spring.generated(api.sourceFile(type)))
                .addAnnotation(Spring.REST_CONTROLLER)
                .addAnnotation(AnnotationSpec.builder(Spring.REQUEST_MAPPING).addMember("path", "$S", api.path(type))
                        .addMember("produces", "$S", Spring.JSON).build())
                .addJavadoc("The REST endpoints of transaction {@code $L}: submit, list, read.\n", type.qualifiedName())
                .addField(FieldSpec.builder(String.class, "TYPE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$S", type.qualifiedName()).build())
                .addField(Spring.TRANSACTION_ENDPOINTS, "endpoints", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addParameter(Spring.GATEWAY, "gateway")
                        .addStatement("this.endpoints = new $T(gateway, TYPE)", Spring.TRANSACTION_ENDPOINTS).build())
                .addMethod(ResourceControllerGenerator.method("submit", Spring.mappingConsumingJson(Spring.POST, ""),
                        Spring.entity(Spring.JSON_NODE),
                        "Submits the transaction as the caller; with {@code wait=false}, answers before it commits.")
                        .addParameter(Spring.body())
                        .addParameter(Spring.optionalParameter(ClassName.get(Boolean.class), "wait"))
                        .addStatement("return endpoints.submit(caller, body, wait)").build())
                .addMethod(ResourceControllerGenerator.method("list", Spring.mapping(Spring.GET, ""), Spring.entityOfList(),
                        "Lists committed transactions of this type, a page at a time.")
                        .addParameters(Spring.paging())
                        .addStatement("return endpoints.list(caller, limit, skip, cursor, order)").build())
                .addMethod(ResourceControllerGenerator.method("get", Spring.mapping(Spring.GET, "/{id}"),
                        Spring.entity(Spring.JSON_NODE), "The committed transaction with the id.")
                        .addParameter(Spring.id())
                        .addStatement("return endpoints.get(caller, id)").build())
                .build();
        return Spring.file(name.packageName(), controller, api.sourceFile(type));
    }
}
