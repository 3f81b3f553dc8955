package dev.charter.runtime.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SemanticVersionTest {

    @Test
    void versionsAreOrderedByTheirPrecedence() {
        // The example of Semantic Versioning 2.0.0, section 11, plus numbers past one digit and a build's metadata.
        List<String> ascending = List.of("0.9.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.10", "1.2.0", "1.10.0", "2.0.0");
        for (int i = 0; i + 1 < ascending.size(); i++) {
            SemanticVersion lower = SemanticVersion.parse(ascending.get(i)).orElseThrow();
            SemanticVersion higher = SemanticVersion.parse(ascending.get(i + 1)).orElseThrow();
            assertThat(lower).as(ascending.get(i) + " < " + ascending.get(i + 1)).isLessThan(higher);
            assertThat(higher).as(ascending.get(i + 1) + " > " + ascending.get(i)).isGreaterThan(lower);
        }
        assertThat(SemanticVersion.parse("1.0.0+build.5").orElseThrow())
                .isEqualByComparingTo(SemanticVersion.parse("1.0.0").orElseThrow());
    }

    @Test
    void whatIsNoSemanticVersionIsNotParsed() {
        for (String text : List.of("1.0", "v1.0.0", "01.0.0", "1.0.0-", "1.0.0-01", "latest", "")) {
            assertThat(SemanticVersion.parse(text)).as(text).isEmpty();
        }
    }
}
