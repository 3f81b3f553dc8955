package dev.charter.compiler;

import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.compiler.model.Network;
import java.util.List;

/**
 * What checking a network found.
 *
 * @param fileCount how many of the network's files were read (models, logic, rules, queries)
 */
public record CheckResult(Network network, List<Diagnostic> diagnostics, int fileCount) {

    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.size() - errorCount();
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }

    /** {@code 2 errors, 1 warning in 3 files}. */
    public String summary() {
        return plural(errorCount(), "error") + ", " + plural(warningCount(), "warning") + " in "
                + plural(fileCount, "file");
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
