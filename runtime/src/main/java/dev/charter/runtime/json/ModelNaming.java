package dev.charter.runtime.json;

import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedField;
import java.util.Set;

/**
 * Property names are Java field names, which generated code writes exactly as the model does; a
 * model name that is a Java keyword is generated with a trailing underscore ({@code class_}), which
 * this strategy removes again.
 */
final class ModelNaming extends PropertyNamingStrategy {

    private static final long serialVersionUID = 1L;

    private static final Set<String> JAVA_KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "_");

    @Override
    public String nameForField(MapperConfig<?> config, AnnotatedField field, String defaultName) {
        return modelName(field.getName());
    }

    /** The model name of a generated Java field: {@code class_} is {@code class}, everything else as is. */
    static String modelName(String javaName) {
        if (javaName.endsWith("_")) {
            String stripped = javaName.substring(0, javaName.length() - 1);
            if (JAVA_KEYWORDS.contains(stripped)) {
                return stripped;
            }
        }
        return javaName;
    }
}
