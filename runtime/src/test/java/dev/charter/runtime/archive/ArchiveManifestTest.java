package dev.charter.runtime.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

class ArchiveManifestTest {

    private static final String HASH = "sha256:" + "0123456789abcdef".repeat(4);

    private static Manifest reread(Manifest manifest) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        manifest.write(out);
        return new Manifest(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void survivesAManifestRoundTripWithLongUnicodeValues() throws IOException {
        // Longer than a manifest line (72 bytes), with multi-byte characters across the line breaks.
        ArchiveManifest manifest = new ArchiveManifest("lettre-de-crédit", "1.0.0-rc.1",
                "Lettres de crédit entre un demandeur, un bénéficiaire et leurs banques — émission, approbation, paiement",
                "org.example.loc.LetterOfCreditContract", "0.1.0-SNAPSHOT", HASH);

        assertThat(ArchiveManifest.read(reread(manifest.toManifest()))).isEqualTo(manifest);
    }

    @Test
    void writesTheAttributesInAFixedOrder() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ArchiveManifest("trading", "1.0.0", "", "org.example.C", "0.1.0", HASH).toManifest().write(out);

        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("""
                Manifest-Version: 1.0\r
                Charter-Network-Name: trading\r
                Charter-Network-Version: 1.0.0\r
                Charter-Network-Description: \r
                Charter-Contract-Class: org.example.C\r
                Charter-Version: 0.1.0\r
                Charter-Content-Hash: sha256:""");
    }

    @Test
    void refusesLineBreaksInValues() {
        assertThatThrownBy(() -> new ArchiveManifest("trading", "1.0.0", "two\nlines", "org.example.C", "0.1.0", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Charter-Network-Description must be one line, without line breaks: two\nlines");
    }

    @Test
    void refusesABlankName() {
        assertThatThrownBy(() -> new ArchiveManifest(" ", "1.0.0", "", "org.example.C", "0.1.0", null))
                .hasMessage("Charter-Network-Name must not be blank");
    }

    @Test
    void cannotBeWrittenBeforeItsHashIsKnown() {
        assertThatThrownBy(() -> new ArchiveManifest("trading", "1.0.0", "", "org.example.C", "0.1.0", null).toManifest())
                .isInstanceOf(IllegalStateException.class);
    }
}
