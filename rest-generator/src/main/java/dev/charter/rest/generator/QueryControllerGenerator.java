package dev.charter.rest.generator;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.charter.compiler.model.query.Query;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The controller of the network's named queries: {@code GET /api/queries/<name>} for each query of
 * {@code queries.qry}, its {@code _$} parameters as required query parameters, paged like every list. Each
 * method delegates to the runtime's {@code QueryEndpoints}.
 */
final class QueryControllerGenerator {

    private static final String SOURCE = "queries.qry";

    private final RestApi api;

    QueryControllerGenerator(RestApi api) {
        this.api = api;
    }

    JavaFile generate() {
        ClassName name = api.queriesController();
        TypeSpec.Builder controller = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Spring.generated(SOURCE))
                .addAnnotation(Spring.REST_CONTROLLER)
                .addAnnotation(AnnotationSpec.builder(Spring.REQUEST_MAPPING).addMember("path", "$S", RestApi.API + "/queries")
                        .addMember("produces", "$S", Spring.JSON).build())
                .addJavadoc("The named queries of network {@code $L}, run as the caller under the access rules.\n",
                        api.network().descriptor().name())
                .addField(FieldSpec.builder(Spring.QUERY_ENDPOINTS, "endpoints", Modifier.PRIVATE, Modifier.FINAL).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addParameter(Spring.GATEWAY, "gateway")
                        .addStatement("this.endpoints = new $T(gateway)", Spring.QUERY_ENDPOINTS).build());
        for (Query query : api.queries()) {
            List<String> parameters = RestApi.parameters(query);
            MethodSpec.Builder method = ResourceControllerGenerator.method("query" + Character.toUpperCase(query.name().charAt(0))
                    + query.name().substring(1),
                    Spring.mapping(Spring.GET, "/" + query.name()), Spring.entityOfList(),
                    "$L", query.description() == null || query.description().isBlank() ? "Runs query " + query.name() + "."
                            : query.description());
            CodeBlock.Builder arguments = CodeBlock.builder();
            for (String parameter : parameters) {
                method.addParameter(ParameterSpec.builder(String.class, "p_" + parameter)
                        .addAnnotation(AnnotationSpec.builder(Spring.REQUEST_PARAM).addMember("name", "$S", parameter).build())
                        .build());
                arguments.add(arguments.isEmpty() ? "$S, p_$L" : ", $S, p_$L", parameter, parameter);
            }
            method.addParameters(Spring.paging())
                    .addStatement("return endpoints.run(caller, $S, $T.of($L), limit, skip, cursor, order)", query.name(),
                            Map.class, arguments.build());
            controller.addMethod(method.build());
        }
        return Spring.file(name.packageName(), controller.build(), SOURCE);
    }
}
