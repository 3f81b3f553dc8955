package dev.charter.compiler.diagnostic;

/** One problem found in a network, rendered as {@code file:line:col: error CTR104: message}. */
public record Diagnostic(Code code, SourceLocation location, String message) implements Comparable<Diagnostic> {

    public Severity severity() {
        return code.severity();
    }

    public boolean isError() {
        return severity() == Severity.ERROR;
    }

    /** The one-line form shared by the CLI, the Maven build and the IDE. */
    public String render() {
        return location + ": " + severity().label() + " " + code.id() + ": " + message;
    }

    @Override
    public int compareTo(Diagnostic other) {
        int byLocation = location.compareTo(other.location);
        return byLocation != 0 ? byLocation : code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return render();
    }
}
