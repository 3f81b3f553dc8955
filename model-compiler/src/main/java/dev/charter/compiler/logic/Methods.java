package dev.charter.compiler.logic;

import dev.charter.compiler.logic.LType.ClassType;
import dev.charter.compiler.logic.LType.ListType;
import java.util.List;
import java.util.Optional;

/**
 * The methods logic may call on values. Composer ACL files call {@code getIdentifier()} and
 * {@code indexOf(x)}; the rest are what analysts need: string tests, list tests, and DateTime
 * arithmetic relative to the transaction's timestamp.
 */
final class Methods {

    /** Stands for "an element of the receiving list" in a parameter list. */
    static final LType ELEMENT = new LType.Unknown();

    record Signature(List<LType> parameters, LType result) {
    }

    private static final List<String> RESOURCE = List.of("getIdentifier", "getFullyQualifiedIdentifier");
    private static final List<String> LIST = List.of("indexOf", "contains", "isEmpty", "size");
    private static final List<String> STRING = List.of("startsWith", "endsWith", "contains", "toUpperCase",
            "toLowerCase", "trim", "length", "size", "isEmpty");
    private static final List<String> DATE_TIME = List.of("plusDays", "plusHours", "plusMinutes", "plusSeconds",
            "minusDays", "minusHours", "minusMinutes", "minusSeconds", "isBefore", "isAfter");

    private Methods() {
    }

    static Optional<Signature> find(LType receiver, String method) {
        if (receiver instanceof ClassType c && c.declaration().kind().isResource() && RESOURCE.contains(method)) {
            return Optional.of(new Signature(List.of(), LType.STRING));
        }
        if (receiver instanceof ListType) {
            return switch (method) {
                case "indexOf", "size" -> Optional.of(new Signature(method.equals("size") ? List.of() : List.of(ELEMENT),
                        LType.INTEGER));
                case "contains" -> Optional.of(new Signature(List.of(ELEMENT), LType.BOOLEAN));
                case "isEmpty" -> Optional.of(new Signature(List.of(), LType.BOOLEAN));
                default -> Optional.empty();
            };
        }
        if (receiver.equals(LType.STRING)) {
            return switch (method) {
                case "startsWith", "endsWith", "contains" -> Optional.of(new Signature(List.of(LType.STRING), LType.BOOLEAN));
                case "toUpperCase", "toLowerCase", "trim" -> Optional.of(new Signature(List.of(), LType.STRING));
                case "length", "size" -> Optional.of(new Signature(List.of(), LType.INTEGER));
                case "isEmpty" -> Optional.of(new Signature(List.of(), LType.BOOLEAN));
                default -> Optional.empty();
            };
        }
        if (receiver.equals(LType.DATE_TIME)) {
            if (method.equals("isBefore") || method.equals("isAfter")) {
                return Optional.of(new Signature(List.of(LType.DATE_TIME), LType.BOOLEAN));
            }
            if (DATE_TIME.contains(method)) {
                return Optional.of(new Signature(List.of(LType.LONG), LType.DATE_TIME));
            }
        }
        return Optional.empty();
    }

    /** The method names a receiver has, for "did you mean". */
    static List<String> names(LType receiver) {
        if (receiver instanceof ClassType) {
            return RESOURCE;
        }
        if (receiver instanceof ListType) {
            return LIST;
        }
        if (receiver.equals(LType.STRING)) {
            return STRING;
        }
        return receiver.equals(LType.DATE_TIME) ? DATE_TIME : List.of();
    }
}
