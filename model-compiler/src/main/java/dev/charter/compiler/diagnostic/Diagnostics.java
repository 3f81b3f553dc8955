package dev.charter.compiler.diagnostic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects the diagnostics of one run; each distinct problem is kept once. */
public final class Diagnostics {

    private final Set<Diagnostic> reported = new LinkedHashSet<>();

    /** Reports {@code code} at {@code location}, its message template filled with {@code args}. */
    public void report(Code code, SourceLocation location, Object... args) {
        reported.add(new Diagnostic(code, location, code.format(args)));
    }

    public boolean hasErrors() {
        return reported.stream().anyMatch(Diagnostic::isError);
    }

    /** All diagnostics, ordered by file, position and code. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> all = new ArrayList<>(reported);
        Collections.sort(all);
        return List.copyOf(all);
    }
}
