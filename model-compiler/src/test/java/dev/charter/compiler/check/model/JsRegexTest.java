package dev.charter.compiler.check.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsRegexTest {

    @Test
    void acceptsJavaScriptSyntaxThatJavaSpellsDifferently() {
        assertMatches("/^{.*}$/", "{a}");
        assertMatches("/a{,3}/", "a{,3}");
        assertMatches("/[^]/", "\n");
        assertNoMatch("/a[]/", "a");
        assertMatches("/^\\q$/", "q");
        assertMatches("/^\\A\\Z$/", "AZ");
        assertMatches("/^[\\w-]+$/", "a-b");
        assertMatches("/^[a-\\d]+$/", "-");
        assertMatches("/^[[]$/", "[");
        assertMatches("/^[a&&b]+$/", "&");
        assertMatches("/^[\\b]$/", "\b");
        assertMatches("/^\\101$/", "A");
        assertMatches("/^\\k$/", "k");
    }

    @Test
    void readsEscapesAsJavaScriptDoes() {
        assertMatches("/^\\v$/", "\u000B");
        assertNoMatch("/^\\v$/", "\n");
        assertMatches("/^\\s$/", "\u00A0");
        assertNoMatch("/^\\S$/", "\u2028");
        assertMatches("/^(a)\\1$/", "aa");
        assertMatches("/^(a)\\10$/", "a\b");
        assertMatches("/^(a)\\1+$/", "aaa");
        assertMatches("/^(?<first_part>x)\\k<first_part>$/", "xx");
        assertMatches("/^\\u{1F600}$/u", "\uD83D\uDE00");
        assertMatches("/^\\p{L}+$/u", "\u00E9t\u00E9");
        assertMatches("/^p{L}$/", "p{L}");
    }

    @Test
    void matchesAsRegexTestDoes() {
        assertNoMatch("/^a$/", "a\n");
        assertMatches("/^a$/m", "b\na\nc");
        assertNoMatch("/^.$/", "\n");
        assertMatches("/^.$/s", "\n");
        assertMatches("/\u00E9/i", "\u00C9");
        assertMatches("/b/", "ab");
        assertNoMatch("/b/y", "ab");
        assertMatches("/b/g", "ab");
    }

    @Test
    void rejectsWhatJavaScriptRejects() {
        assertInvalid("/([A-Z]+/", "unclosed group");
        assertInvalid("/a/q", "'q' is not a regular expression flag");
        assertInvalid("/a/gig", "the flag 'g' is given twice");
        assertInvalid("/a++/", "nothing to repeat");
        assertInvalid("/a*?*/", "nothing to repeat");
        assertInvalid("/(?i)a/", "does not start a valid group");
        assertInvalid("/[a-/", "missing its closing ]");
        assertInvalid("/[z-a]/", "illegal character range");
        assertInvalid("/a\\/", "lone backslash");
        assertInvalid("/\\q/u", "not a valid escape");
        assertInvalid("/(a)\\2/u", "refers to a group the pattern does not have");
        assertInvalid("/(?<n>a)\\k<m>/", "\\k must name a group");
        assertInvalid("/a{3,1}/", "illegal repetition range");
        assertInvalid("abc", "written /pattern/flags");
    }

    private static void assertMatches(String literal, String value) {
        assertThat(compiled(literal).test(value)).as("%s matches %s", literal, value).isTrue();
    }

    private static void assertNoMatch(String literal, String value) {
        assertThat(compiled(literal).test(value)).as("%s does not match %s", literal, value).isFalse();
    }

    private static JsRegex.Compiled compiled(String literal) {
        JsRegex.Result result = JsRegex.compile(literal);
        assertThat(result).as("%s compiles", literal).isInstanceOf(JsRegex.Compiled.class);
        return (JsRegex.Compiled) result;
    }

    private static void assertInvalid(String literal, String reason) {
        JsRegex.Result result = JsRegex.compile(literal);
        assertThat(result).as("%s is invalid", literal).isInstanceOf(JsRegex.Invalid.class);
        assertThat(((JsRegex.Invalid) result).reason()).contains(reason);
    }
}
