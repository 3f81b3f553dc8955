package dev.charter.compiler.model.acl;

import dev.charter.compiler.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * What a rule's participant, resource or transaction clause matches, parsed from the quoted
 * string: {@code ANY}, {@code **}, {@code ns.*}, {@code ns.**}, {@code ns.Type} or
 * {@code ns.Type#id}. Every target keeps the text and the location of the string's content
 * (without its quotes), so diagnostics point inside the string.
 */
public sealed interface AclTarget {

    /** The string's content as written. */
    String text();

    SourceLocation location();

    /** {@code ANY}: every participant. */
    record Any(String text, SourceLocation location) implements AclTarget {
    }

    /** {@code **}: everything in every namespace. */
    record Everything(String text, SourceLocation location) implements AclTarget {
    }

    /** {@code ns.*} (the types of {@code ns}) or, recursively, {@code ns.**} (also those of {@code ns.sub…}). */
    record Namespace(String namespace, boolean recursive, String text, SourceLocation location)
            implements AclTarget {
    }

    /** {@code ns.Type}, or with {@code #id} the one instance of it with that identifier. */
    record Type(String qualifiedName, Optional<String> instanceId, String text, SourceLocation location)
            implements AclTarget {

        public String namespace() {
            return qualifiedName.substring(0, qualifiedName.lastIndexOf('.'));
        }

        public String simpleName() {
            return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        }
    }

    /** A string that is none of the forms above; {@code detail} is the offending part where there is one. */
    record Malformed(Problem problem, String detail, String text, SourceLocation location) implements AclTarget {
    }

    /** Why a target string is malformed. */
    enum Problem {
        EMPTY,
        EMPTY_NAME,
        INVALID_NAME,
        MISSING_NAMESPACE,
        MISPLACED_WILDCARD,
        INSTANCE_OF_NAMESPACE,
        INSTANCE_WITHOUT_TYPE,
        EMPTY_INSTANCE
    }

    /** Parses a target string's content. Never fails: what cannot be parsed becomes {@link Malformed}. */
    static AclTarget parse(String text, SourceLocation location) {
        if (text.equals("ANY")) {
            return new Any(text, location);
        }
        if (text.equals("**")) {
            return new Everything(text, location);
        }
        if (text.isEmpty()) {
            return new Malformed(Problem.EMPTY, "", text, location);
        }
        int hash = text.indexOf('#');
        String name = hash < 0 ? text : text.substring(0, hash);
        Optional<String> instance = hash < 0 ? Optional.empty() : Optional.of(text.substring(hash + 1));
        if (name.isEmpty()) {
            return new Malformed(Problem.INSTANCE_WITHOUT_TYPE, "", text, location);
        }
        boolean recursive = name.endsWith(".**") || name.equals("**");
        boolean wildcard = !recursive && name.endsWith(".*");
        if ((recursive || wildcard) && instance.isPresent()) {
            return new Malformed(Problem.INSTANCE_OF_NAMESPACE, name, text, location);
        }
        String qualified = recursive ? name.substring(0, name.length() - 3) : wildcard ? name.substring(0, name.length() - 2) : name;
        if (qualified.contains("*")) {
            return new Malformed(Problem.MISPLACED_WILDCARD, name, text, location);
        }
        List<String> segments = List.of(qualified.split("\\.", -1));
        for (String segment : segments) {
            if (segment.isEmpty()) {
                return new Malformed(Problem.EMPTY_NAME, qualified, text, location);
            }
            if (!isIdentifier(segment)) {
                return new Malformed(Problem.INVALID_NAME, segment, text, location);
            }
        }
        if (recursive || wildcard) {
            return new Namespace(qualified, recursive, text, location);
        }
        if (segments.size() == 1) {
            return new Malformed(Problem.MISSING_NAMESPACE, qualified, text, location);
        }
        if (instance.isPresent() && instance.get().isEmpty()) {
            return new Malformed(Problem.EMPTY_INSTANCE, qualified, text, location);
        }
        return new Type(qualified, instance, text, location);
    }

    private static boolean isIdentifier(String name) {
        if (!Character.isJavaIdentifierStart(name.charAt(0))) {
            return false;
        }
        return name.chars().allMatch(Character::isJavaIdentifierPart);
    }
}
