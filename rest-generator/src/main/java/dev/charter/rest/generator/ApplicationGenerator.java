package dev.charter.rest.generator;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * The Spring Boot application class: it imports Charter's REST configuration and finds the generated
 * controllers — and the user's own beans — by scanning its package.
 */
final class ApplicationGenerator {

    private final RestApi api;

    ApplicationGenerator(RestApi api) {
        this.api = api;
    }

    /** {@code @SpringBootApplication}, scanning every package that holds a generated controller. */
    private AnnotationSpec scan() {
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(Spring.SPRING_BOOT_APPLICATION);
        api.served().stream().map(t -> api.controller(t).packageName()).distinct().sorted()
                .forEach(p -> annotation.addMember("scanBasePackages", "$S", p));
        return annotation.build();
    }

    JavaFile generate() {
        ClassName name = api.application();
        String network = api.network().descriptor().name();
        TypeSpec application = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Spring.generated("network " + network))
                .addAnnotation(scan())
                .addAnnotation(AnnotationSpec.builder(Spring.IMPORT).addMember("value", "$T.class", Spring.CONFIGURATION)
                        .build())
                .addJavadoc("The REST service of network {@code $L}: {@code java -jar} it, or run {@link #main}.\n", network)
                .addMethod(MethodSpec.methodBuilder("main")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addParameter(ArrayTypeName.of(String.class), "args")
                        .addStatement("$T.run($T.class, args)", Spring.SPRING_APPLICATION, name)
                        .build())
                .build();
        return Spring.file(name.packageName(), application, "network " + network);
    }
}
