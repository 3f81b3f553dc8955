package dev.charter.runtime.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A model's {@code regex=/pattern/flags} — a JavaScript regular expression — as a compiled Java
 * pattern with JavaScript's {@code test()} semantics.
 *
 * <p>Flags: {@code i} (case-insensitive, Unicode-aware), {@code m} (multiline), {@code s} (dot matches
 * line ends), {@code y} (sticky: the match must start at the beginning); {@code g}, {@code u},
 * {@code v} and {@code d} do not change whether a value matches. Outside multiline mode an unescaped
 * {@code $} means the end of the value, as in JavaScript (Java's {@code $} would also accept a final
 * line break). Syntax only JavaScript knows (such as {@code [^]}) is reported when the model loads.
 */
final class JsRegex {

    private final Pattern pattern;
    private final boolean sticky;
    private final String display;

    private JsRegex(Pattern pattern, boolean sticky, String display) {
        this.pattern = pattern;
        this.sticky = sticky;
        this.display = display;
    }

    /**
     * @throws IllegalArgumentException for an unknown or repeated flag or a pattern Java cannot compile
     */
    static JsRegex compile(String source, String flags) {
        int javaFlags = 0;
        boolean sticky = false;
        boolean multiline = false;
        for (int i = 0; i < flags.length(); i++) {
            char flag = flags.charAt(i);
            if (flags.indexOf(flag) != i) {
                throw new IllegalArgumentException("flag '" + flag + "' is repeated");
            }
            switch (flag) {
                case 'i':
                    javaFlags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                    break;
                case 'm':
                    javaFlags |= Pattern.MULTILINE;
                    multiline = true;
                    break;
                case 's':
                    javaFlags |= Pattern.DOTALL;
                    break;
                case 'y':
                    sticky = true;
                    break;
                case 'g':
                case 'u':
                case 'v':
                case 'd':
                    break;
                default:
                    throw new IllegalArgumentException("flag '" + flag + "' is not a JavaScript regex flag");
            }
        }
        try {
            Pattern pattern = Pattern.compile(multiline ? source : endAnchorsToEndOfInput(source), javaFlags);
            return new JsRegex(pattern, sticky, "/" + source + "/" + flags);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("Java cannot compile it: " + e.getDescription(), e);
        }
    }

    /** JavaScript's {@code regex.test(value)}: a match anywhere (at the start when sticky). */
    boolean test(String value) {
        Matcher matcher = pattern.matcher(value);
        return sticky ? matcher.lookingAt() : matcher.find();
    }

    /** As written in the model: {@code /pattern/flags}. */
    @Override
    public String toString() {
        return display;
    }

    /** Rewrites every unescaped {@code $} outside a character class as {@code \z}. */
    private static String endAnchorsToEndOfInput(String source) {
        if (source.indexOf('$') < 0) {
            return source;
        }
        StringBuilder out = new StringBuilder(source.length() + 4);
        boolean inClass = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < source.length()) {
                out.append(c).append(source.charAt(++i));
            } else if (inClass) {
                inClass = c != ']';
                out.append(c);
            } else if (c == '[') {
                inClass = true;
                out.append(c);
            } else if (c == '$') {
                out.append("\\z");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
