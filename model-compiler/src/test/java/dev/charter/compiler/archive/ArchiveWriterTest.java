package dev.charter.compiler.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ArchiveWriterTest {

    private static final byte[] MODEL = "{\"formatVersion\":1,\"types\":[]}".getBytes(UTF_8);

    @Test
    void refusesAContractClassThatWasNotCompiled() {
        GeneratedNetwork network = GeneratedNetwork.of("n", "1.0.0", "", Map.of("org/example/C.java",
                "package org.example; class C { }"), MODEL, Map.of(), "org.example.Contract");

        assertThatThrownBy(() -> new ArchiveWriter().toBytes(network))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The contract class org.example.Contract is not among the compiled classes of n");
    }

    @Test
    void refusesTwoEntriesOfOneName() {
        Map<String, byte[]> resources = new TreeMap<>();
        resources.put("META-INF/charter/model.json", MODEL);
        resources.put("org/example/C.class", new byte[0]);
        GeneratedNetwork network = new GeneratedNetwork("n", "1.0.0", "", Map.of("org/example/C.java",
                "package org.example; class C { }"), resources, "org.example.C");

        assertThatThrownBy(() -> new ArchiveWriter().toBytes(network))
                .hasMessage("Two archive entries would be named org/example/C.class");
    }

    @Test
    void reportsGeneratedCodeThatDoesNotCompile() {
        GeneratedNetwork network = GeneratedNetwork.of("n", "1.0.0", "", Map.of("org/example/C.java",
                "package org.example; class C { int x = \"text\"; }"), MODEL, Map.of(), "org.example.C");

        assertThatThrownBy(() -> new ArchiveWriter().toBytes(network))
                .isInstanceOf(CompilationFailedException.class)
                .hasMessageContaining("org/example/C.java:1: incompatible types: java.lang.String cannot be converted to int");
    }
}
