package dev.charter.runtime.access;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One rule of a network's {@code permissions.acl}, as the compiler generates it: which operations it is
 * about, the participant, resource and (optionally) transaction it matches, written as in the file
 * ({@code ANY}, {@code **}, {@code ns.*}, {@code ns.**}, {@code ns.Type}, {@code ns.Type#id}), its
 * compiled condition (null when it has none) and whether it grants or refuses.
 */
public record AccessRule(String name, Set<AccessOperation> operations, String participant, String resource,
        String transaction, AccessCondition condition, boolean allow) {

    public AccessRule {
        Objects.requireNonNull(name, "name");
        operations = Set.copyOf(operations);
        AccessTarget.parse(Objects.requireNonNull(participant, "participant"));
        AccessTarget.parse(Objects.requireNonNull(resource, "resource"));
        if (transaction != null) {
            AccessTarget.parse(transaction);
        }
    }

    /** {@code ALL}, or the operations named, as in the rule's {@code operation:} clause. */
    public static Set<AccessOperation> operations(String... names) {
        EnumSet<AccessOperation> result = EnumSet.noneOf(AccessOperation.class);
        for (String name : names) {
            if (name.equals("ALL")) {
                result.addAll(EnumSet.allOf(AccessOperation.class));
            } else {
                result.add(AccessOperation.valueOf(name));
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return "rule " + name;
    }
}
