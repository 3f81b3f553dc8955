package dev.charter.rest.generator;

import com.palantir.javapoet.JavaFile;
import dev.charter.compiler.codegen.ModelInfoGenerator;
import dev.charter.compiler.model.Network;
import dev.charter.runtime.model.TypeInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Generates a network's REST service: a standalone Spring Boot 3 Maven project whose thin controllers call
 * Charter's REST runtime library ({@code dev.charter:rest-runtime}).
 */
public final class RestGenerator {

    /** Where the generated OpenAPI document goes in the project (the runtime serves it from the class path). */
    public static final String OPENAPI_FILE = "src/main/resources/charter/openapi.json";
    public static final String JAVA_ROOT = "src/main/java/";

    private RestGenerator() {
    }

    /** The version of Charter this generator belongs to, which generated projects depend on. */
    public static String charterVersion() {
        java.util.Properties properties = new java.util.Properties();
        try (java.io.InputStream in = RestGenerator.class.getResourceAsStream("version.properties")) {
            properties.load(in);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("version.properties is missing from the REST generator", e);
        }
        return properties.getProperty("version");
    }

    /**
     * The generated project.
     *
     * @param files text files by path in the project ({@code pom.xml}, {@code src/main/java/…})
     * @param javaSources the service's Java sources (application and controllers) by path relative to
     *     {@code src/main/java}
     * @param dtoSources the DTOs' Java sources, by path relative to {@code src/main/java}: for users' own code,
     *     the service does not use them
     * @param applicationClass the Spring Boot application class
     * @param openApi the OpenAPI document
     * @param archivePath where the project expects the network archive
     */
    public record Project(Map<String, String> files, Map<String, String> javaSources, Map<String, String> dtoSources,
            String applicationClass,
            String openApi, String archivePath) {
    }

    /**
     * @param charterVersion the version of {@code dev.charter:rest-runtime} the project depends on
     * @throws RestGenerationException when the network cannot be served as asked (clashing simple names)
     */
    public static Project generate(Network network, NamespaceMode namespaces, String charterVersion) {
        RestApi api = new RestApi(network, ModelInfoGenerator.of(network), namespaces);
        Map<String, String> java = new LinkedHashMap<>();
        add(java, new ApplicationGenerator(api).generate());
        ResourceControllerGenerator resources = new ResourceControllerGenerator(api);
        for (TypeInfo type : api.resources()) {
            add(java, resources.generate(type));
        }
        TransactionControllerGenerator transactions = new TransactionControllerGenerator(api);
        for (TypeInfo type : api.transactions()) {
            add(java, transactions.generate(type));
        }
        if (!api.queries().isEmpty()) {
            add(java, new QueryControllerGenerator(api).generate());
        }
        Map<String, String> dtos = new LinkedHashMap<>();
        DtoGenerator dtoGenerator = new DtoGenerator(api);
        for (TypeInfo type : api.userTypes()) {
            add(dtos, dtoGenerator.generate(type));
        }
        String openApi = new OpenApiGenerator(api).generate();
        ProjectFiles project = new ProjectFiles(api, charterVersion);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("pom.xml", project.pom());
        files.put("README.md", project.readme());
        files.put("src/main/resources/application.properties", project.applicationProperties());
        files.put(OPENAPI_FILE, openApi);
        java.forEach((path, source) -> files.put(JAVA_ROOT + path, source));
        dtos.forEach((path, source) -> files.put(JAVA_ROOT + path, source));
        return new Project(files, java, dtos, api.application().canonicalName(), openApi, project.archivePath());
    }

    private static void add(Map<String, String> sources, JavaFile file) {
        sources.put(file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java", file.toString());
    }
}
