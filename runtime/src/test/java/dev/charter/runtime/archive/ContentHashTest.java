package dev.charter.runtime.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    private static final ArchiveManifest MANIFEST = new ArchiveManifest("trading", "1.0.0", "Trades", "org.example.C",
            "0.1.0", null);

    private static Map<String, byte[]> entries(String... namesAndContents) {
        Map<String, byte[]> entries = new HashMap<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            entries.put(namesAndContents[i], namesAndContents[i + 1].getBytes(UTF_8));
        }
        return entries;
    }

    /** The javadoc's definition, written out independently, with the records in the order it prescribes. */
    private static String byTheDefinition(Map<String, String> orderedRecords) throws IOException, NoSuchAlgorithmException {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(input);
        for (Map.Entry<String, String> record : orderedRecords.entrySet()) {
            byte[] name = record.getKey().getBytes(UTF_8);
            byte[] content = record.getValue().getBytes(UTF_8);
            out.writeInt(name.length);
            out.write(name);
            out.writeLong(content.length);
            out.write(content);
        }
        return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input.toByteArray()));
    }

    @Test
    void hashesTheManifestAttributesThenTheEntriesInUtf8Order() throws Exception {
        // U+1F600 sorts before U+FF5E in UTF-16 but after it in UTF-8.
        Map<String, byte[]> entries = entries("b.txt", "two", "\uFF5E.txt", "three", "\uD83D\uDE00.txt", "four",
                "a/x.class", "one", "META-INF/MANIFEST.MF", "ignored");
        Map<String, String> records = new LinkedHashMap<>();
        records.put("Charter-Network-Name", "trading");
        records.put("Charter-Network-Version", "1.0.0");
        records.put("Charter-Network-Description", "Trades");
        records.put("Charter-Contract-Class", "org.example.C");
        records.put("Charter-Version", "0.1.0");
        records.put("a/x.class", "one");
        records.put("b.txt", "two");
        records.put("\uFF5E.txt", "three");
        records.put("\uD83D\uDE00.txt", "four");

        assertThat(ContentHash.of(MANIFEST, entries)).isEqualTo(byTheDefinition(records));
    }

    @Test
    void ignoresTheManifestEntryAndTheRecordedHash() {
        Map<String, byte[]> entries = entries("a.txt", "one");
        Map<String, byte[]> withManifest = entries("a.txt", "one", "META-INF/MANIFEST.MF", "anything");

        assertThat(ContentHash.of(MANIFEST.withContentHash("sha256:00"), withManifest))
                .isEqualTo(ContentHash.of(MANIFEST, entries));
    }

    @Test
    void changesWithAnyNameContentOrAttribute() {
        String hash = ContentHash.of(MANIFEST, entries("a.txt", "one"));

        assertThat(ContentHash.of(MANIFEST, entries("a.txt", "one!"))).isNotEqualTo(hash);
        assertThat(ContentHash.of(MANIFEST, entries("b.txt", "one"))).isNotEqualTo(hash);
        assertThat(ContentHash.of(MANIFEST, entries("a.txt", "one", "b/", ""))).isNotEqualTo(hash);
        assertThat(ContentHash.of(new ArchiveManifest("trading", "1.0.0", "Trades", "org.example.D", "0.1.0", null),
                entries("a.txt", "one"))).isNotEqualTo(hash);
    }

    @Test
    void isUnambiguousWhereNamesAndContentsMeet() {
        assertThat(ContentHash.of(MANIFEST, entries("ab", "c")))
                .isNotEqualTo(ContentHash.of(MANIFEST, entries("a", "bc")));
    }
}
