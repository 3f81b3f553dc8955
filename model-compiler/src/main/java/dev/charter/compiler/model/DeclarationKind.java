package dev.charter.compiler.model;

/** What a model declaration declares. */
public enum DeclarationKind {
    ASSET("asset"),
    PARTICIPANT("participant"),
    TRANSACTION("transaction"),
    EVENT("event"),
    CONCEPT("concept"),
    ENUM("enum");

    private final String keyword;

    DeclarationKind(String keyword) {
        this.keyword = keyword;
    }

    /** The keyword as written in a model, e.g. {@code participant}. */
    public String keyword() {
        return keyword;
    }

    /** The keyword capitalised, to start a message: {@code Participant Bank …}. */
    public String title() {
        return Character.toUpperCase(keyword.charAt(0)) + keyword.substring(1);
    }

    /** Assets, participants and transactions are resources: stored, identified, related to. */
    public boolean isResource() {
        return this == ASSET || this == PARTICIPANT || this == TRANSACTION;
    }
}
