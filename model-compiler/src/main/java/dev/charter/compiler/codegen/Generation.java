package dev.charter.compiler.codegen;

import com.palantir.javapoet.AnnotationSpec;
import javax.annotation.processing.Generated;

/** The {@code @Generated} marker every generated type carries, naming its source file. */
final class Generation {

    static final String GENERATOR = "dev.charter.compiler";

    private Generation() {
    }

    static AnnotationSpec annotation(String sourceFile) {
        return AnnotationSpec.builder(Generated.class)
                .addMember("value", "$S", GENERATOR)
                .addMember("comments", "$S", "from " + sourceFile)
                .build();
    }
}
