package dev.charter.rest.generator;

/** Whether endpoint paths carry the type's namespace: {@code /api/org.example.loc.LetterOfCredit} or {@code /api/LetterOfCredit}. */
public enum NamespaceMode {
    /** Qualified names: always unambiguous (the default, as Composer's {@code -n always}). */
    ALWAYS,
    /** Simple names; refused when two served types share one. */
    NEVER
}
