package dev.charter.compiler.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GeneratedNetworkTest {

    private static final byte[] MODEL = "{\"formatVersion\":1,\"types\":[]}".getBytes(UTF_8);
    private static final Map<String, String> SOURCES = Map.of("org/example/C.java", "package org.example; class C { }");

    @Test
    void laysOutTheModelAndTheUsersFiles() {
        GeneratedNetwork network = GeneratedNetwork.of("n", "1.0.0", "d", SOURCES, MODEL,
                Map.of("models/n.cto", "namespace org.example", "permissions.acl", "rule R { }"), "org.example.C");

        assertThat(network.resources()).containsOnlyKeys("META-INF/charter/model.json", "network/models/n.cto",
                "network/permissions.acl");
        assertThat(network.resources().get("network/models/n.cto")).isEqualTo("namespace org.example".getBytes(UTF_8));
    }

    @Test
    void joinsTheLinesOfADescription() {
        GeneratedNetwork network = GeneratedNetwork.of("n", "1.0.0", "  Letters of credit\n   between banks\r\n", SOURCES,
                MODEL, Map.of(), "org.example.C");

        assertThat(network.description()).isEqualTo("Letters of credit between banks");
        assertThat(GeneratedNetwork.of("n", "1.0.0", null, SOURCES, MODEL, Map.of(), "org.example.C").description())
                .isEmpty();
    }

    @Test
    void needsTheModel() {
        assertThatThrownBy(() -> new GeneratedNetwork("n", "1.0.0", "", SOURCES, Map.of(), "org.example.C"))
                .hasMessage("A network needs its model, META-INF/charter/model.json");
    }

    @Test
    void refusesPathsThatAreNotPlainRelativePaths() {
        for (String path : new String[] {"/org/C.java", "org/../C.java", "org//C.java", "org\\C.java"}) {
            assertThatThrownBy(() -> GeneratedNetwork.of("n", "1", "", Map.of(path, ""), MODEL, Map.of(), "org.example.C"))
                    .hasMessage("The Java source path " + path + " is not a relative path with '/' separators");
        }
        assertThatThrownBy(() -> GeneratedNetwork.of("n", "1", "", Map.of("org/C.txt", ""), MODEL, Map.of(), "org.example.C"))
                .hasMessage("The Java source org/C.txt does not end in .java");
    }

    @Test
    void keepsPlacesTheWriterFillsFree() {
        assertThatThrownBy(() -> new GeneratedNetwork("n", "1", "", SOURCES,
                Map.of("META-INF/charter/model.json", MODEL, "sources/x.txt", MODEL), "org.example.C"))
                .hasMessage("The resource sources/x.txt is in a place the archive writer fills");
    }

    @Test
    void refusesAContractClassThatIsNotAJavaName() {
        assertThatThrownBy(() -> GeneratedNetwork.of("n", "1", "", SOURCES, MODEL, Map.of(), "org.example.my-contract"))
                .hasMessage("The contract class org.example.my-contract is not a qualified Java name");
    }
}
