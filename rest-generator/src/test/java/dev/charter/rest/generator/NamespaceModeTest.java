package dev.charter.rest.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamespaceModeTest {

    @TempDir
    Path dir;

    @Test
    void withoutNamespacesTypesAreServedAtTheirSimpleNames() {
        RestGenerator.Project project = RestGeneratorFixtures.generate(RestGeneratorFixtures.letterOfCredit(),
                NamespaceMode.NEVER);
        assertThat(project.javaSources().get("org/example/loc/rest/LetterOfCreditController.java"))
                .contains("@RequestMapping(\n        path = \"/api/LetterOfCredit\"");
        assertThat(project.openApi()).contains("\"/api/Approve\"").doesNotContain("\"/api/org.example.loc.Approve\"");
    }

    @Test
    void clashingSimpleNamesAreRefusedWithoutNamespaces() throws IOException {
        Files.createDirectories(dir.resolve("models"));
        Files.writeString(dir.resolve("models/a.cto"), "namespace org.a\nasset Thing identified by id {\n  o String id\n}\n");
        Files.writeString(dir.resolve("models/b.cto"), "namespace org.b\nasset Thing identified by id {\n  o String id\n}\n");
        assertThatThrownBy(() -> RestGeneratorFixtures.generate(dir, NamespaceMode.NEVER))
                .isInstanceOf(RestGenerationException.class)
                .hasMessage("Types org.a.Thing and org.b.Thing would both be served at /api/Thing: generate with namespaces always");
        assertThat(RestGeneratorFixtures.generate(dir, NamespaceMode.ALWAYS).openApi())
                .contains("\"/api/org.a.Thing\"", "\"/api/org.b.Thing\"");
    }
}
