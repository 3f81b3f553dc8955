package dev.charter.compiler.check.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regular expression as Composer models write it ({@code /pattern/flags}), which Composer
 * compiled with JavaScript's {@code RegExp}, translated to {@link java.util.regex} with the same
 * meaning. JavaScript (outside {@code u} mode) accepts literal braces and brackets, identity
 * escapes such as {@code \q}, {@code [^]} and {@code []} where Java reports errors or means
 * something else, and Java accepts possessive quantifiers and inline flags that JavaScript
 * rejects; the translation evens these out so that a pattern is rejected exactly when it is
 * broken, and a value matches exactly when Composer's {@code regex.test(value)} would.
 */
final class JsRegex {

    /** The flags of ECMAScript 2018 regular expressions; {@code v} (2024) has no Java equivalent. */
    private static final String FLAGS = "dgimsuy";

    /** JavaScript's {@code \s}: Java's own {@code \s} lacks the Unicode spaces. */
    private static final String SPACE = "\\t\\n\\x0B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";

    /** What compiling a literal gave: a pattern, or the reason it is not a valid regular expression. */
    sealed interface Result permits Compiled, Invalid {
    }

    /** A compiled pattern; {@code sticky} ({@code y}) anchors matching at the start of the value. */
    record Compiled(Pattern pattern, boolean sticky) implements Result {
        /** JavaScript's {@code regex.test(value)} on a fresh expression. */
        boolean test(String value) {
            var matcher = pattern.matcher(value);
            return sticky ? matcher.lookingAt() : matcher.find();
        }
    }

    /** Why the literal does not compile, in words a model author can act on. */
    record Invalid(String reason) implements Result {
    }

    private final String source;
    private final boolean unicode;
    private final int groupCount;
    private final Map<String, String> groupNames;
    private final StringBuilder out = new StringBuilder();
    private int at;

    private JsRegex(String source, boolean unicode) {
        this.source = source;
        this.unicode = unicode;
        this.groupNames = new HashMap<>();
        this.groupCount = scanGroups();
    }

    /** Compiles {@code /pattern/flags}. */
    static Result compile(String literal) {
        int close = literal == null ? -1 : literal.lastIndexOf('/');
        if (close <= 0 || literal.charAt(0) != '/') {
            return new Invalid("a regular expression is written /pattern/flags");
        }
        String pattern = literal.substring(1, close);
        String flags = literal.substring(close + 1);
        for (int i = 0; i < flags.length(); i++) {
            char flag = flags.charAt(i);
            if (FLAGS.indexOf(flag) < 0) {
                return new Invalid("'" + flag + "' is not a regular expression flag; the flags are d, g, i, m, s, u and y");
            }
            if (flags.indexOf(flag) != i) {
                return new Invalid("the flag '" + flag + "' is given twice");
            }
        }
        boolean unicode = flags.indexOf('u') >= 0;
        int javaFlags = 0;
        if (flags.indexOf('i') >= 0) {
            // JavaScript folds case for all of Unicode even outside u mode.
            javaFlags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        }
        if (flags.indexOf('m') >= 0) {
            javaFlags |= Pattern.MULTILINE;
        }
        JsRegex translator = new JsRegex(pattern, unicode);
        String problem = translator.translate(flags.indexOf('m') >= 0, flags.indexOf('s') >= 0);
        if (problem != null) {
            return new Invalid(problem);
        }
        try {
            return new Compiled(Pattern.compile(translator.out.toString(), javaFlags), flags.indexOf('y') >= 0);
        } catch (PatternSyntaxException e) {
            // Java's index is into the translation; the description alone reads well.
            return new Invalid(e.getDescription().toLowerCase(Locale.ROOT));
        }
    }

    /** Counts capturing groups and names the named ones, so back references can be told from octal escapes. */
    private int scanGroups() {
        int count = 0;
        boolean inClass = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                if (!source.startsWith("?", i + 1)) {
                    count++;
                } else if (source.startsWith("?<", i + 1) && !source.startsWith("?<=", i + 1)
                        && !source.startsWith("?<!", i + 1)) {
                    count++;
                    int end = source.indexOf('>', i);
                    if (end > 0) {
                        // Java group names are letters and digits only; JavaScript also allows $ and _.
                        groupNames.putIfAbsent(source.substring(i + 3, end), "g" + count);
                    }
                }
            }
        }
        return count;
    }

    /** Writes the Java pattern to {@link #out}; returns why the source is invalid, or null. */
    private String translate(boolean multiline, boolean dotAll) {
        while (at < source.length()) {
            char c = source.charAt(at++);
            String problem = switch (c) {
                case '\\' -> escape(false);
                case '[' -> characterClass();
                case '(' -> group();
                case '{' -> brace();
                case '}', ']' -> literal(c);
                case '*', '+', '?' -> {
                    out.append(c);
                    yield quantifierEnd();
                }
                case '$' -> append(multiline ? "$" : "\\z");
                case '.' -> append(dotAll ? "[\\s\\S]" : "[^\\n\\r\\u2028\\u2029]");
                default -> append(String.valueOf(c));
            };
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private String characterClass() {
        if (source.startsWith("^]", at)) {
            at += 2;
            return append("[\\s\\S]");
        }
        if (source.startsWith("]", at)) {
            at++;
            return append("(?!)");
        }
        out.append('[');
        if (source.startsWith("^", at)) {
            at++;
            out.append('^');
        }
        boolean afterClassEscape = false;
        while (at < source.length()) {
            char c = source.charAt(at++);
            if (c == ']') {
                out.append(']');
                return null;
            }
            if (c == '\\') {
                boolean classEscape = at < source.length() && "dDwWsS".indexOf(source.charAt(at)) >= 0;
                String problem = escape(true);
                if (problem != null) {
                    return problem;
                }
                afterClassEscape = classEscape;
                continue;
            }
            if (c == '-' && (afterClassEscape || source.startsWith("\\d", at) || source.startsWith("\\D", at)
                    || source.startsWith("\\w", at) || source.startsWith("\\W", at)
                    || source.startsWith("\\s", at) || source.startsWith("\\S", at))) {
                // JavaScript reads a dash beside \d, \w or \s as a dash; Java calls it a bad range.
                out.append("\\-");
            } else if (c == '[' || c == '&') {
                // Java would read these as a nested class or an intersection.
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
            afterClassEscape = false;
        }
        return "a character class is missing its closing ]";
    }

    private String group() {
        if (!source.startsWith("?", at)) {
            return append("(");
        }
        if (source.startsWith("?:", at) || source.startsWith("?=", at) || source.startsWith("?!", at)
                || source.startsWith("?<=", at) || source.startsWith("?<!", at)) {
            return append("(");
        }
        if (source.startsWith("?<", at)) {
            int end = source.indexOf('>', at);
            String name = end < 0 ? "" : source.substring(at + 2, end);
            if (name.isEmpty() || !isGroupName(name)) {
                return "a named group must be written (?<name>...)";
            }
            at = end + 1;
            return append("(?<" + groupNames.get(name) + ">");
        }
        // (?i) and the like are Java and Perl, not JavaScript.
        return "'(?" + (at + 1 < source.length() ? source.charAt(at + 1) : "") + "' does not start a valid group";
    }

    private static boolean isGroupName(String name) {
        if (!Character.isLetter(name.charAt(0)) && name.charAt(0) != '$' && name.charAt(0) != '_') {
            return false;
        }
        return name.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '$' || ch == '_');
    }

    /** A brace starts a quantifier only as {n}, {n,} or {n,m}; otherwise JavaScript reads it as itself. */
    private String brace() {
        int end = source.indexOf('}', at);
        if (end > 0 && source.substring(at, end).matches("\\d+(,\\d*)?")) {
            out.append(source, at - 1, end + 1);
            at = end + 1;
            return quantifierEnd();
        }
        return literal('{');
    }

    /** After a quantifier: an optional lazy '?', then no possessive '+', which JavaScript rejects. */
    private String quantifierEnd() {
        if (source.startsWith("?", at)) {
            at++;
            out.append('?');
        }
        if (source.startsWith("+", at) || source.startsWith("*", at)) {
            return "nothing to repeat before '" + source.charAt(at) + "'";
        }
        return null;
    }

    private String escape(boolean inClass) {
        if (at >= source.length()) {
            return "the pattern ends with a lone backslash";
        }
        char c = source.charAt(at++);
        switch (c) {
            case 'd', 'D', 'w', 'W', 'f', 'n', 'r', 't' -> out.append('\\').append(c);
            case 's' -> out.append(inClass ? SPACE : "[" + SPACE + "]");
            case 'S' -> out.append("[^" + SPACE + "]");
            case 'b' -> out.append(inClass ? "\\x08" : "\\b");
            case 'B' -> {
                if (!inClass) {
                    out.append("\\B");
                } else if (unicode) {
                    return "\\B cannot appear in a character class";
                } else {
                    out.append('B');
                }
            }
            case 'v' -> out.append("\\x0B");
            case 'c' -> {
                if (at < source.length() && Character.isLetter(source.charAt(at)) && source.charAt(at) < 128) {
                    out.append("\\c").append(source.charAt(at++));
                } else if (unicode) {
                    return "\\c must be followed by a letter";
                } else {
                    out.append("\\\\c");
                }
            }
            case 'x' -> {
                return hex(2, 'x');
            }
            case 'u' -> {
                if (unicode && source.startsWith("{", at)) {
                    int end = source.indexOf('}', at);
                    String digits = end < 0 ? "" : source.substring(at + 1, end);
                    if (!digits.matches("[0-9A-Fa-f]{1,6}") || Integer.parseInt(digits, 16) > 0x10FFFF) {
                        return "\\u{...} must hold a Unicode code point in hexadecimal";
                    }
                    out.append("\\x{").append(digits).append('}');
                    at = end + 1;
                } else {
                    return hex(4, 'u');
                }
            }
            case 'p', 'P' -> {
                if (!unicode) {
                    out.append(c);
                } else if (source.startsWith("{", at) && source.indexOf('}', at) > at + 1) {
                    int end = source.indexOf('}', at);
                    out.append('\\').append(c).append(source, at, end + 1);
                    at = end + 1;
                } else {
                    return "\\" + c + " must name a Unicode property, as in \\" + c + "{L}";
                }
            }
            case 'k' -> {
                return namedReference();
            }
            case '0' -> {
                if (at < source.length() && Character.isDigit(source.charAt(at))) {
                    return decimalEscape(inClass);
                }
                out.append("\\x00");
            }
            default -> {
                if (c >= '1' && c <= '9') {
                    return decimalEscape(inClass);
                }
                if ("^$\\.*+?()[]{}|/-".indexOf(c) >= 0) {
                    out.append('\\').append(c);
                } else if (unicode) {
                    return "\\" + c + " is not a valid escape in a u-mode regular expression";
                } else {
                    // An identity escape: JavaScript reads \q as q, where Java has \Q, \A, \z and friends.
                    appendLiteral(c);
                }
            }
        }
        return null;
    }

    private String hex(int digits, char letter) {
        if (at + digits <= source.length() && source.substring(at, at + digits).matches("[0-9A-Fa-f]+")) {
            out.append('\\').append(letter).append(source, at, at + digits);
            at += digits;
        } else if (unicode) {
            return "\\" + letter + " must be followed by " + digits + " hexadecimal digits";
        } else {
            out.append(letter);
        }
        return null;
    }

    private String namedReference() {
        if (source.startsWith("<", at) && source.indexOf('>', at) > 0) {
            int end = source.indexOf('>', at);
            String java = groupNames.get(source.substring(at + 1, end));
            if (java != null) {
                out.append("\\k<").append(java).append('>');
                at = end + 1;
                return null;
            }
        }
        if (unicode || !groupNames.isEmpty()) {
            return "\\k must name a group of the pattern, as in \\k<name>";
        }
        out.append('k');
        return null;
    }

    /** \1 … \99: a back reference when the pattern has that many groups, else (outside u mode) an octal escape. */
    private String decimalEscape(boolean inClass) {
        int start = at - 1;
        while (at < source.length() && Character.isDigit(source.charAt(at))) {
            at++;
        }
        String digits = source.substring(start, at);
        if (!inClass && digits.charAt(0) != '0' && digits.length() < 6 && Integer.parseInt(digits) <= groupCount) {
            out.append('\\').append(digits);
            return null;
        }
        if (unicode) {
            return "\\" + digits + " refers to a group the pattern does not have";
        }
        at = start;
        int value = 0;
        int read = 0;
        while (at < source.length() && read < 3 && source.charAt(at) >= '0' && source.charAt(at) <= '7'
                && value * 8 + (source.charAt(at) - '0') <= 0377) {
            value = value * 8 + (source.charAt(at++) - '0');
            read++;
        }
        if (read == 0) {
            appendLiteral(source.charAt(at++));
        } else {
            out.append(String.format("\\x%02X", value));
        }
        return null;
    }

    private String literal(char c) {
        out.append('\\').append(c);
        return null;
    }

    private void appendLiteral(char c) {
        if (Character.isLetterOrDigit(c)) {
            out.append(c);
        } else {
            out.append(Pattern.quote(String.valueOf(c)));
        }
    }

    private String append(String text) {
        out.append(text);
        return null;
    }
}
