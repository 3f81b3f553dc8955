package dev.charter.eclipse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The packaged bundle, as Eclipse reads it: its manifest, its plugin.xml and the files they name. */
class EclipseBundleIT {

    private JarFile bundle;
    private Document plugin;

    @BeforeEach
    void open() throws Exception {
        Path file = Path.of(System.getProperty("charter.eclipseBundle", "target/dev.charter.eclipse_0.1.0.jar"));
        assertThat(file).exists();
        bundle = new JarFile(file.toFile());
        try (InputStream in = bundle.getInputStream(bundle.getEntry("plugin.xml"))) {
            plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private List<Element> elements(String name) {
        NodeList nodes = plugin.getElementsByTagName(name);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    @Test
    void theManifestDeclaresASingletonBundleForJava17ThatRequiresLsp4e() throws Exception {
        Attributes manifest = bundle.getManifest().getMainAttributes();

        assertThat(manifest.getValue("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(manifest.getValue("Bundle-SymbolicName")).isEqualTo("dev.charter.eclipse;singleton:=true");
        assertThat(manifest.getValue("Bundle-Version")).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(manifest.getValue("Bundle-RequiredExecutionEnvironment")).isEqualTo("JavaSE-17");
        assertThat(manifest.getValue("Require-Bundle")).contains("org.eclipse.lsp4e").contains("org.eclipse.core.runtime");
        assertThat(manifest.getValue("Import-Package")).contains("org.osgi.framework");
        assertThat(manifest.getValue("Bundle-ClassPath")).isEqualTo(".");
    }

    @Test
    void everyClassNamedInPluginXmlIsInTheBundleAndNoLsp4eDeclarationIs() {
        List<String> classes = elements("server").stream().map(e -> e.getAttribute("class")).toList();

        assertThat(classes).containsExactly("dev.charter.eclipse.CharterLanguageServerConnection");
        for (String name : classes) {
            assertThat(bundle.getEntry(name.replace('.', '/') + ".class")).as(name).isNotNull();
        }
        assertThat(bundle.stream().map(ZipEntry::getName)).noneMatch(n -> n.startsWith("org/eclipse/lsp4e/"));
    }

    @Test
    void theFourFileKindsAreContentTypesMappedToTheServerTheGenericEditorAndTheGrammar() {
        Set<String> declared = new HashSet<>();
        List<String> extensions = new ArrayList<>();
        for (Element type : elements("content-type")) {
            declared.add(type.getAttribute("id"));
            extensions.add(type.getAttribute("file-extensions"));
        }
        assertThat(extensions).containsExactlyInAnyOrder("cto", "acl", "qry", "logic");

        assertThat(elements("contentTypeMapping")).extracting(e -> e.getAttribute("contentType")).containsExactlyInAnyOrderElementsOf(declared);
        assertThat(elements("contentTypeMapping")).extracting(e -> e.getAttribute("id"))
                .containsOnly(elements("server").get(0).getAttribute("id"));
        assertThat(elements("editorContentTypeBinding")).extracting(e -> e.getAttribute("contentTypeId")).containsExactlyInAnyOrderElementsOf(declared);
        assertThat(elements("editorContentTypeBinding")).extracting(e -> e.getAttribute("editorId"))
                .containsOnly("org.eclipse.ui.genericeditor.GenericEditor");
        assertThat(elements("scopeNameContentTypeBinding")).extracting(e -> e.getAttribute("contentTypeId")).containsExactlyInAnyOrderElementsOf(declared);
        assertThat(elements("scopeNameContentTypeBinding")).extracting(e -> e.getAttribute("scopeName"))
                .containsOnly(elements("grammar").get(0).getAttribute("scopeName"));
    }

    @Test
    void theServerJarTheGrammarAndTheLanguageConfigurationAreInside() throws Exception {
        ZipEntry server = bundle.getEntry(CharterLanguageServerConnection.SERVER_JAR);
        assertThat(server).isNotNull();
        assertThat(server.getSize()).isGreaterThan(1_000_000);

        for (Element element : elements("grammar")) {
            assertThat(bundle.getEntry(element.getAttribute("path"))).as(element.getAttribute("path")).isNotNull();
            try (InputStream in = bundle.getInputStream(bundle.getEntry(element.getAttribute("path")))) {
                assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                        .contains("\"scopeName\": \"" + element.getAttribute("scopeName") + "\"")
                        .contains("Generated from Charter.xtext");
            }
        }
        for (Element element : elements("languageConfiguration")) {
            assertThat(bundle.getEntry(element.getAttribute("path"))).as(element.getAttribute("path")).isNotNull();
        }
    }
}
