package dev.charter.runtime.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsRegexTest {

    @Test
    void matchesAnywhereLikeJavaScriptTest() {
        assertThat(JsRegex.compile("b+", "").test("abbc")).isTrue();
        assertThat(JsRegex.compile("^b", "").test("abbc")).isFalse();
    }

    @Test
    void treatsDollarAsTheEndOfTheValueOutsideMultilineMode() {
        assertThat(JsRegex.compile("^[A-Z]+$", "").test("ABC\n")).isFalse();
        assertThat(JsRegex.compile("^[A-Z]+$", "").test("ABC")).isTrue();
        assertThat(JsRegex.compile("^[A-Z]+$", "m").test("ABC\nDEF")).isTrue();
        assertThat(JsRegex.compile("^[$]\\$$", "").test("$$")).isTrue();
    }

    @Test
    void translatesFlags() {
        assertThat(JsRegex.compile("^straße$", "i").test("STRASSE")).isFalse();
        assertThat(JsRegex.compile("^ärger$", "i").test("ÄRGER")).isTrue();
        assertThat(JsRegex.compile("a.b", "").test("a\nb")).isFalse();
        assertThat(JsRegex.compile("a.b", "s").test("a\nb")).isTrue();
        assertThat(JsRegex.compile("b", "y").test("ab")).isFalse();
        assertThat(JsRegex.compile("a", "gy").test("ab")).isTrue();
    }

    @Test
    void rejectsUnknownAndRepeatedFlags() {
        assertThatThrownBy(() -> JsRegex.compile("a", "q")).hasMessage("flag 'q' is not a JavaScript regex flag");
        assertThatThrownBy(() -> JsRegex.compile("a", "ii")).hasMessage("flag 'i' is repeated");
    }

    @Test
    void showsItselfAsWrittenInTheModel() {
        assertThat(JsRegex.compile("^[a-z]{5}$", "i")).hasToString("/^[a-z]{5}$/i");
    }
}
