package dev.charter.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/diagnostics.md lists every code as the enum defines it; rewrite with -Dcharter.docs.update=true. */
class DiagnosticsReferenceTest {

    @Test
    void theDiagnosticsPageListsEveryCodeAsDefined() throws IOException {
        Path page = Path.of(System.getProperty("charter.root", "../.."), "docs", "diagnostics.md");
        String expected = DiagnosticsReference.markdown(Checks.all());
        if (Boolean.getBoolean("charter.docs.update")) {
            Files.writeString(page, expected);
        }
        assertThat(page).as("docs/diagnostics.md (rewrite with -Dcharter.docs.update=true)").hasContent(expected);
    }
}
