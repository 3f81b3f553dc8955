package dev.charter.runtime.access;

import dev.charter.runtime.model.ModelInfo;

/**
 * What a rule's participant, resource or transaction clause matches, parsed once: {@code ANY} or
 * {@code **} (everything), {@code ns.*} (the types of one namespace), {@code ns.**} (also those of its
 * sub-namespaces), {@code ns.Type} (the type and its subtypes), {@code ns.Type#id} (one instance).
 */
record AccessTarget(Kind kind, String name, String instanceId) {

    enum Kind { EVERYTHING, NAMESPACE, NAMESPACE_TREE, TYPE }

    static AccessTarget parse(String text) {
        if (text.equals("ANY") || text.equals("**")) {
            return new AccessTarget(Kind.EVERYTHING, "", null);
        }
        if (text.endsWith(".**")) {
            return new AccessTarget(Kind.NAMESPACE_TREE, text.substring(0, text.length() - 3), null);
        }
        if (text.endsWith(".*")) {
            return new AccessTarget(Kind.NAMESPACE, text.substring(0, text.length() - 2), null);
        }
        int hash = text.indexOf('#');
        String type = hash < 0 ? text : text.substring(0, hash);
        if (type.isEmpty() || type.indexOf('.') < 0 || type.contains("*") || hash == text.length() - 1) {
            throw new IllegalArgumentException("Invalid access rule target '" + text
                    + "': expected ANY, **, ns.*, ns.**, ns.Type or ns.Type#id");
        }
        return new AccessTarget(Kind.TYPE, type, hash < 0 ? null : text.substring(hash + 1));
    }

    /** Whether instances of the type can match, whatever their identifier. */
    boolean matchesType(ModelInfo model, String qualifiedName) {
        return switch (kind) {
            case EVERYTHING -> true;
            case NAMESPACE -> namespaceOf(qualifiedName).equals(name);
            case NAMESPACE_TREE -> {
                String namespace = namespaceOf(qualifiedName);
                yield namespace.equals(name) || namespace.startsWith(name + ".");
            }
            case TYPE -> model.isAssignable(qualifiedName, name);
        };
    }

    /** Whether the identifier of an instance the type already matched is the one the target names. */
    boolean matchesInstance(String identifier) {
        return instanceId == null || instanceId.equals(identifier);
    }

    private static String namespaceOf(String qualifiedName) {
        int dot = qualifiedName.lastIndexOf('.');
        return dot < 0 ? "" : qualifiedName.substring(0, dot);
    }
}
