package dev.charter.compiler.diagnostic;

/**
 * A place in a network's files: the path relative to the network directory (always with '/'),
 * 1-based line and column, and the 0-based character offset and length of the offending text.
 */
public record SourceLocation(String file, int line, int column, int offset, int length)
        implements Comparable<SourceLocation> {

    /** For problems that concern a whole file or the network rather than a piece of text. */
    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, 1, 1, 0, 0);
    }

    /** A location {@code delta} characters further on the same line, e.g. inside a string literal. */
    public SourceLocation shifted(int delta, int newLength) {
        return new SourceLocation(file, line, column + delta, offset + delta, newLength);
    }

    @Override
    public int compareTo(SourceLocation other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        return Integer.compare(offset, other.offset);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
