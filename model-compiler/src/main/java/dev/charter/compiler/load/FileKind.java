package dev.charter.compiler.load;

import java.util.Optional;

/** The four kinds of file a network is written in, told apart by extension. */
public enum FileKind {
    MODEL(".cto", "model"),
    LOGIC(".logic", "logic"),
    ACL(".acl", "access control"),
    QUERY(".qry", "query");

    private final String extension;
    private final String description;

    FileKind(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    public String extension() {
        return extension;
    }

    /** E.g. "a .cto (model) file". */
    public String describe() {
        return extension + " (" + description + ")";
    }

    public static Optional<FileKind> of(String fileName) {
        for (FileKind kind : values()) {
            if (fileName.endsWith(kind.extension)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
