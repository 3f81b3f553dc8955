package dev.charter.compiler.model;

import dev.charter.compiler.diagnostic.SourceLocation;

/** A literal written in a model, e.g. a default value; {@code text} is unquoted for strings. */
public record Literal(Kind kind, String text, SourceLocation location) {

    public enum Kind { STRING, NUMBER, BOOLEAN, NAME }

    /**
     * How the literal reads in a message: strings quoted, with quotes, backslashes and control
     * characters escaped so that a message stays on one line; everything else as written.
     */
    public String display() {
        if (kind != Kind.STRING) {
            return text;
        }
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
