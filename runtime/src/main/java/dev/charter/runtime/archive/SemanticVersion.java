package dev.charter.runtime.archive;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A network's version as Composer's {@code package.json} gives it (the compiler refuses any other, and
 * {@code network upgrade} refuses an older one), a Semantic Versioning 2.0.0 version, ordered
 * by its precedence: major, minor and patch numerically; a pre-release ({@code 1.0.0-rc.1}) before its release,
 * pre-releases by their dot-separated identifiers (numbers numerically and before words); build metadata
 * ({@code +build.5}) ignored.
 */
public record SemanticVersion(BigInteger major, BigInteger minor, BigInteger patch, List<String> preRelease)
        implements Comparable<SemanticVersion> {

    private static final Pattern SYNTAX = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
            + "(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?");

    /** The version {@code text} is, or empty when it is no semantic version. */
    public static Optional<SemanticVersion> parse(String text) {
        Matcher matcher = SYNTAX.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SemanticVersion(new BigInteger(matcher.group(1)), new BigInteger(matcher.group(2)),
                new BigInteger(matcher.group(3)), matcher.group(4) == null ? List.of() : List.of(matcher.group(4).split("\\."))));
    }

    @Override
    public int compareTo(SemanticVersion other) {
        int order = major.compareTo(other.major);
        if (order == 0) {
            order = minor.compareTo(other.minor);
        }
        if (order == 0) {
            order = patch.compareTo(other.patch);
        }
        if (order != 0 || preRelease.equals(other.preRelease)) {
            return order;
        }
        if (preRelease.isEmpty() || other.preRelease.isEmpty()) {
            return preRelease.isEmpty() ? 1 : -1; // a release comes after its pre-releases
        }
        for (int i = 0; i < Math.min(preRelease.size(), other.preRelease.size()); i++) {
            order = compareIdentifiers(preRelease.get(i), other.preRelease.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(preRelease.size(), other.preRelease.size());
    }

    private static int compareIdentifiers(String a, String b) {
        boolean numericA = a.chars().allMatch(Character::isDigit);
        boolean numericB = b.chars().allMatch(Character::isDigit);
        if (numericA && numericB) {
            return new BigInteger(a).compareTo(new BigInteger(b));
        }
        if (numericA != numericB) {
            return numericA ? -1 : 1;
        }
        return a.compareTo(b);
    }
}
