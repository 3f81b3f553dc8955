package dev.charter.runtime.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a network's model may replace the one it runs with: everything the deployed model could store
 * or accept must still be valid, and mean the same, under the new one. An upgrade may add types, optional
 * fields (or required ones with a default), enum values and super types, make required fields optional and
 * widen ranges; it may not remove or retype anything. Pure: the CLI checks before it uploads and the node
 * checks again when it executes the upgrade, with the same answer.
 */
public final class ModelCompatibility {

    /**
     * One reason the new model cannot replace the deployed one.
     *
     * @param type the qualified name of the deployed type concerned
     * @param field the field concerned, or null when the problem is the type's
     * @param problem what changed, e.g. {@code was optional, is required}
     */
    public record Incompatibility(String type, String field, String problem) {

        public Incompatibility {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(problem, "problem");
        }

        /** {@code org.example.loc.LetterOfCredit.closeReason: was optional, is required}. */
        @Override
        public String toString() {
            return type + (field == null ? "" : "." + field) + ": " + problem;
        }
    }

    private ModelCompatibility() {
    }

    /**
     * Every incompatibility of {@code upgrade} with {@code deployed}, in the deployed model's type and field
     * order; empty when the upgrade is compatible.
     */
    public static List<Incompatibility> check(ModelInfo deployed, ModelInfo upgrade) {
        List<Incompatibility> found = new ArrayList<>();
        for (TypeInfo old : deployed.types().values()) {
            String name = old.qualifiedName();
            TypeInfo now = upgrade.types().get(name);
            if (now == null) {
                found.add(new Incompatibility(name, null, "the type was removed"));
                continue;
            }
            if (now.kind() != old.kind()) {
                found.add(new Incompatibility(name, null, "was " + kind(old) + ", is " + kind(now)));
                continue;
            }
            if (now.isAbstract() && !old.isAbstract()) {
                found.add(new Incompatibility(name, null, "was concrete, is abstract"));
            }
            String oldId = deployed.identifierField(name);
            String newId = upgrade.identifierField(name);
            if (oldId != null && !oldId.equals(newId)) {
                found.add(new Incompatibility(name, null, "was identified by " + oldId + ", is "
                        + (newId == null ? "not identified" : "identified by " + newId)));
            }
            Set<String> ancestors = new HashSet<>();
            upgrade.ancestry(name).forEach(t -> ancestors.add(t.qualifiedName()));
            for (TypeInfo ancestor : deployed.ancestry(name)) {
                if (!ancestors.contains(ancestor.qualifiedName())) {
                    found.add(new Incompatibility(name, null, "no longer extends " + ancestor.qualifiedName()));
                }
            }
            for (String value : old.enumValues()) {
                if (!now.enumValues().contains(value)) {
                    found.add(new Incompatibility(name, null, "the enum value " + value + " was removed"));
                }
            }
            compareFields(deployed, upgrade, name, found);
        }
        return List.copyOf(found);
    }

    private static void compareFields(ModelInfo deployed, ModelInfo upgrade, String type, List<Incompatibility> found) {
        List<FieldInfo> oldFields = deployed.allFields(type);
        Set<String> oldNames = new HashSet<>();
        for (FieldInfo old : oldFields) {
            oldNames.add(old.name());
            FieldInfo now = upgrade.field(type, old.name());
            if (now == null) {
                found.add(new Incompatibility(type, old.name(), "the field was removed"));
                continue;
            }
            if (!shape(old).equals(shape(now))) {
                found.add(new Incompatibility(type, old.name(), "was " + shape(old) + ", is " + shape(now)));
            }
            if (old.optional() && !now.optional()) {
                found.add(new Incompatibility(type, old.name(), "was optional, is required"));
            }
            if (now.regex() != null && !now.regex().equals(old.regex())) {
                found.add(new Incompatibility(type, old.name(), (old.regex() == null ? "has no regex" : "had the regex "
                        + old.regex()) + ", has " + now.regex() + ": stored values may not match it"));
            }
            if (now.range() != null && !contains(now.range(), old.range())) {
                found.add(new Incompatibility(type, old.name(), (old.range() == null ? "had no range" : "had the range "
                        + range(old.range())) + ", has " + range(now.range()) + ": stored values may lie outside it"));
            }
        }
        if (upgrade.require(type).isAbstract()) {
            return; // no instances: its concrete subtypes are checked with their inherited fields
        }
        for (FieldInfo added : upgrade.allFields(type)) {
            if (!oldNames.contains(added.name()) && !added.optional() && added.defaultValue() == null) {
                found.add(new Incompatibility(type, added.name(), "is a new required field without a default: stored"
                        + " instances do not have it"));
            }
        }
    }

    /** {@code String}, {@code String[]}, {@code --> org.example.Bank}: what a field holds. */
    private static String shape(FieldInfo field) {
        return (field.relationship() ? "a relationship to " : "") + field.type() + (field.array() ? "[]" : "");
    }

    private static String kind(TypeInfo type) {
        String word = type.kind().name().toLowerCase(java.util.Locale.ROOT);
        return (word.startsWith("a") || word.startsWith("e") ? "an " : "a ") + word;
    }

    /** Whether every value {@code old} admits (null: any) is within {@code now}. */
    private static boolean contains(FieldInfo.Range now, FieldInfo.Range old) {
        if (old == null) {
            return false;
        }
        return (now.lower() == null || (old.lower() != null && number(now.lower()).compareTo(number(old.lower())) <= 0))
                && (now.upper() == null || (old.upper() != null
                        && number(now.upper()).compareTo(number(old.upper())) >= 0));
    }

    private static BigDecimal number(String bound) {
        try {
            return new BigDecimal(bound.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The range bound '" + bound + "' is not a number", e);
        }
    }

    private static String range(FieldInfo.Range range) {
        return "[" + Objects.toString(range.lower(), "") + "," + Objects.toString(range.upper(), "") + "]";
    }
}
