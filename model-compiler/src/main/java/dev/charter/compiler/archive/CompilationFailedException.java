package dev.charter.compiler.archive;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Generated Java code that javac refuses — a bug in Charter's code generator, since users never write
 * Java; the message lists every problem as {@code path:line: message}.
 */
public class CompilationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * One error (or, with warnings as errors, warning) reported by javac.
     *
     * @param path the source's path ({@code org/example/loc/LetterOfCredit.java}), or null for a problem
     *     of no particular file
     * @param line the line, from 1, or 0 when unknown
     */
    public record Problem(String path, long line, String message) {
        @Override
        public String toString() {
            if (path == null) {
                return message;
            }
            return path + (line > 0 ? ":" + line : "") + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    public CompilationFailedException(List<Problem> problems) {
        super("The generated Java code does not compile; this is a bug in Charter, please report it:\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
