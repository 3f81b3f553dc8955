package dev.charter.compiler.load;

import dev.charter.compiler.diagnostic.SourceLocation;
import java.util.Arrays;

/** A file of the network with its text, and the arithmetic from offsets to lines and columns. */
public final class SourceFile {

    private final String path;
    private final FileKind kind;
    private final String text;
    private final int[] lineStarts;

    public SourceFile(String path, FileKind kind, String text) {
        this.path = path;
        this.kind = kind;
        this.text = text;
        this.lineStarts = lineStarts(text);
    }

    /** The path relative to the network directory, with '/' separators. */
    public String path() {
        return path;
    }

    public FileKind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    /** The location of {@code length} characters at {@code offset}. */
    public SourceLocation location(int offset, int length) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int index = Arrays.binarySearch(lineStarts, clamped);
        int line = index >= 0 ? index : -index - 2;
        return new SourceLocation(path, line + 1, clamped - lineStarts[line] + 1, clamped, Math.max(0, length));
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }
}
