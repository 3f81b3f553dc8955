package dev.charter.compiler.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the parser's messages are made readable for users. */
class SyntaxErrorMessagesTest {

    @Test
    void namesTokensByWhatTheyLookLike() {
        assertThat(NetworkLoader.readable("mismatched input 'x' expecting RULE_ID"))
                .isEqualTo("mismatched input 'x' expecting a name");
    }

    @Test
    void quotesInputThatRunsOverSeveralLinesByItsFirstLine() {
        // a string left open swallows the lines after it, up to the next quote; the parser writes line breaks as \n
        assertThat(NetworkLoader.readable("mismatched input '\"\\n    require x != null\\n        else \"' expecting '}'"))
                .isEqualTo("mismatched input '\"…' expecting '}'");
        assertThat(NetworkLoader.readable("no viable alternative at input 'let\n  x'"))
                .isEqualTo("no viable alternative at input 'let…'");
    }
}
