package dev.charter.compiler.check;

import java.util.Collection;
import java.util.Optional;

/**
 * "Did you mean …?": the closest known name to a misspelt one, if any is close enough — the runtime's
 * {@link dev.charter.runtime.model.Suggestions}, so that ad-hoc queries suggest what the compiler does.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /** The candidate nearest to {@code written} by edit distance (case-insensitive), within a third of its length. */
    public static Optional<String> closest(String written, Collection<String> candidates) {
        return dev.charter.runtime.model.Suggestions.closest(written, candidates);
    }

    /** {@code ". Did you mean 'x'?"}, or an empty string when nothing is close. */
    public static String didYouMean(String written, Collection<String> candidates) {
        return dev.charter.runtime.model.Suggestions.didYouMean(written, candidates);
    }
}
