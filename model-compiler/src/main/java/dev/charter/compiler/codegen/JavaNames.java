package dev.charter.compiler.codegen;

import com.palantir.javapoet.ClassName;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The one place that turns model names into Java names (jOOQ's GeneratorStrategy idea): packages
 * from namespaces, classes from types, fields and accessors from properties. A name that is a
 * Java keyword gets a trailing underscore.
 */
public final class JavaNames {

    /** Runtime base classes generated types extend. */
    public static final String RUNTIME = "dev.charter.runtime";
    public static final ClassName RESOURCE = ClassName.get(RUNTIME + ".resource", "Resource");
    public static final ClassName ASSET = ClassName.get(RUNTIME + ".resource", "Asset");
    public static final ClassName PARTICIPANT = ClassName.get(RUNTIME + ".resource", "Participant");
    public static final ClassName TRANSACTION = ClassName.get(RUNTIME + ".resource", "Transaction");
    public static final ClassName EVENT = ClassName.get(RUNTIME + ".resource", "Event");
    public static final ClassName CONCEPT = ClassName.get(RUNTIME + ".resource", "Concept");
    public static final ClassName RELATIONSHIP = ClassName.get(RUNTIME + ".resource", "Relationship");

    /** Methods every object has; a property whose accessor would collide gets renamed. */
    private static final Set<String> RESERVED_METHODS = Set.of("getClass", "$class", "$identifier", "hashCode",
            "equals", "toString", "notify", "wait");

    private JavaNames() {
    }

    /** {@code org.example.loc} stays itself; a keyword segment such as {@code org.example.new} becomes {@code new_}. */
    public static String packageName(String namespace) {
        StringBuilder result = new StringBuilder();
        for (String segment : namespace.split("\\.")) {
            if (result.length() > 0) {
                result.append('.');
            }
            result.append(identifier(segment));
        }
        return result.toString();
    }

    public static ClassName className(String qualifiedName) {
        int dot = qualifiedName.lastIndexOf('.');
        return ClassName.get(packageName(qualifiedName.substring(0, dot)), identifier(qualifiedName.substring(dot + 1)));
    }

    public static String fieldName(String property) {
        return identifier(property);
    }

    /** {@code getStatus}; always {@code get}, since model Booleans are boxed (they may be absent). */
    public static String getterName(String property) {
        String name = "get" + capitalize(property);
        return RESERVED_METHODS.contains(name) ? name + "_" : name;
    }

    public static String setterName(String property) {
        String name = "set" + capitalize(property);
        return RESERVED_METHODS.contains(name) ? name + "_" : name;
    }

    /** An enum constant or other identifier, escaped if it is a Java keyword. */
    public static String identifier(String name) {
        return SourceVersion.isKeyword(name) || name.equals("_") ? name + "_" : name;
    }

    /** A class name from a network or file name: {@code letter-of-credit} → {@code LetterOfCredit}. */
    public static String networkClassName(String name) {
        StringBuilder result = new StringBuilder();
        boolean upper = true;
        for (char c : name.toCharArray()) {
            if (!Character.isJavaIdentifierPart(c) || c == '$') {
                upper = true;
            } else {
                result.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        if (result.length() == 0 || !Character.isJavaIdentifierStart(result.charAt(0))) {
            result.insert(0, 'N');
        }
        return result.toString();
    }

    private static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
