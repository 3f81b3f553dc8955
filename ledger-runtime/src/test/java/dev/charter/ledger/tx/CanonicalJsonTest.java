package dev.charter.ledger.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    private static String canonical(String json) {
        return new String(CanonicalJson.canonicalize(json.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void rfc8785SampleCanonicalisesAsTheRfcShows() {
        String input = "{\n  \"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],\n"
                + "  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
                + "  \"literals\": [null, true, false]\n}";
        assertThat(canonical(input)).isEqualTo("{\"literals\":[null,true,false],"
                + "\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void membersAreSortedByUtf16CodeUnitsAsInTheRfc() {
        String input = "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\","
                + "\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\","
                + "\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}";
        assertThat(canonical(input)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void formattingDoesNotChangeTheCanonicalForm() {
        assertThat(canonical("{ \"b\" : [1.0, 2] ,\n \"a\":{\"y\":1,\"x\":0.10}}"))
                .isEqualTo(canonical("{\"a\":{\"x\":1e-1,\"y\":1},\"b\":[1,2.00]}"))
                .isEqualTo("{\"a\":{\"x\":0.1,\"y\":1},\"b\":[1,2]}");
    }

    @Test
    void textThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> canonical("{\"a\":}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not JSON that can be canonicalised (RFC 8785)");
        assertThatThrownBy(() -> canonical("{\"a\":1,\"a\":2}")).as("duplicate member names")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
