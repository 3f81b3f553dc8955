package dev.charter.compiler.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Injector;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.diagnostic.SourceLocation;
import dev.charter.compiler.load.ParsedNetwork.ParsedFile;
import dev.charter.compiler.model.Descriptor;
import dev.charter.dsl.CharterStandaloneSetup;
import dev.charter.dsl.SystemModel;
import dev.charter.dsl.scoping.SharedSystemModel;
import dev.charter.runtime.archive.SemanticVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * Reads a network directory — {@code charter.json} or {@code package.json}, {@code models/**.cto},
 * {@code logic/**.logic}, {@code permissions.acl}, {@code queries.qry} — and parses and links
 * every file in one Xtext resource set. Unreadable files and syntax errors become diagnostics.
 */
public final class NetworkLoader {

    /**
     * The input a syntax error quotes when it runs over several lines, such as a string left open;
     * the parser writes its line breaks as \n.
     */
    private static final Pattern MULTI_LINE_INPUT = Pattern.compile("'([^'\\n\\\\]*)(?:\\\\[nr]|\\n).*?'(?= expecting |$)",
            Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SYSTEM_TEXT = systemText();
    private static final Map<String, String> TOKEN_NAMES = Map.of(
            "RULE_ID", "a name",
            "RULE_STRING", "a string",
            "RULE_NUMBER", "a number",
            "RULE_REGEX", "regex=/…/",
            "RULE_PARAM", "a parameter such as _$name",
            "RULE_ANY_OTHER", "a character",
            "EOF", "end of file");

    private final Injector injector;

    public NetworkLoader() {
        this.injector = InjectorHolder.INJECTOR;
    }

    /** True when {@code root} holds at least one model file. */
    public static boolean hasModelFiles(Path root) {
        return !discover(root.resolve("models"), FileKind.MODEL).isEmpty();
    }

    public ParsedNetwork load(Path root, Diagnostics diagnostics) {
        return load(root, diagnostics, Map.of());
    }

    /**
     * Loads a network whose files may have unsaved changes: {@code texts} maps absolute, normalized
     * paths of network files to the text to use instead of what is on disk (an editor's buffers).
     */
    public ParsedNetwork load(Path root, Diagnostics diagnostics, Map<Path, String> texts) {
        Path normalizedRoot = root.toAbsolutePath().normalize();
        Descriptor descriptor = readDescriptor(normalizedRoot, diagnostics);
        List<Path> paths = networkFiles(normalizedRoot);

        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        resourceSet.getLoadOptions().put(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
        ParsedFile systemFile = new ParsedFile(new SourceFile(SystemModel.NAMESPACE + ".cto", FileKind.MODEL, SYSTEM_TEXT),
                (XtextResource) injector.getInstance(SharedSystemModel.class).resource());

        List<ParsedFile> files = new ArrayList<>();
        for (Path path : paths) {
            String relative = normalizedRoot.relativize(path).toString().replace('\\', '/');
            FileKind kind = FileKind.of(relative).orElseThrow();
            String text = texts.containsKey(path) ? texts.get(path) : read(path, relative, diagnostics);
            if (text == null) {
                continue;
            }
            SourceFile source = new SourceFile(relative, kind, text);
            XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI(path.toString()));
            try {
                resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
            } catch (IOException e) {
                diagnostics.report(Code.UNREADABLE_FILE, SourceLocation.ofFile(relative), relative, e.getMessage());
                continue;
            }
            files.add(new ParsedFile(source, resource));
        }
        EcoreUtil.resolveAll(resourceSet);
        for (ParsedFile file : files) {
            reportSyntaxErrors(file, diagnostics);
        }
        return new ParsedNetwork(normalizedRoot, descriptor, resourceSet, files, systemFile);
    }

    /**
     * The files of a network in the order they are loaded: {@code models/**.cto},
     * {@code logic/**.logic}, then {@code permissions.acl} and {@code queries.qry} if present.
     */
    public static List<Path> networkFiles(Path root) {
        Path normalizedRoot = root.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(discover(normalizedRoot.resolve("models"), FileKind.MODEL));
        paths.addAll(discover(normalizedRoot.resolve("logic"), FileKind.LOGIC));
        for (String single : List.of("permissions.acl", "queries.qry")) {
            if (Files.isRegularFile(normalizedRoot.resolve(single))) {
                paths.add(normalizedRoot.resolve(single));
            }
        }
        return paths;
    }

    private static List<Path> discover(Path directory, FileKind kind) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(kind.extension()))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String read(Path path, String relative, Diagnostics diagnostics) {
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            diagnostics.report(Code.UNREADABLE_FILE, SourceLocation.ofFile(relative), relative, "it is not UTF-8 text");
        } catch (IOException e) {
            diagnostics.report(Code.UNREADABLE_FILE, SourceLocation.ofFile(relative), relative, e.getMessage());
        }
        return null;
    }

    private static void reportSyntaxErrors(ParsedFile file, Diagnostics diagnostics) {
        for (Resource.Diagnostic error : file.resource().getErrors()) {
            if (error instanceof XtextLinkingDiagnostic) {
                continue; // unresolved names are reported by the checks, with suggestions
            }
            int offset = error instanceof AbstractDiagnostic d ? d.getOffset() : 0;
            int length = error instanceof AbstractDiagnostic d ? d.getLength() : 0;
            diagnostics.report(Code.SYNTAX_ERROR, file.source().location(offset, length), readable(error.getMessage()));
        }
    }

    /**
     * Xtext's parser names tokens by their grammar rule; users know them by what they look like.
     * Input that runs over several lines (a string left open swallows the lines after it) is
     * quoted by its first line only, so a message stays one line.
     */
    static String readable(String message) {
        String result = MULTI_LINE_INPUT.matcher(message)
                .replaceAll(m -> Matcher.quoteReplacement("'" + m.group(1) + "…'"));
        for (Map.Entry<String, String> token : TOKEN_NAMES.entrySet()) {
            result = result.replace(token.getKey(), token.getValue());
        }
        return result.replace("'<EOF>'", "end of file").replace("<EOF>", "end of file");
    }

    private static Descriptor readDescriptor(Path root, Diagnostics diagnostics) {
        String fallbackName = root.getFileName() == null ? "network" : root.getFileName().toString();
        for (String candidate : List.of("charter.json", "package.json")) {
            Path path = root.resolve(candidate);
            if (!Files.isRegularFile(path)) {
                continue;
            }
            String text = read(path, candidate, diagnostics);
            if (text == null) {
                return new Descriptor(fallbackName, "0.0.0", "", candidate);
            }
            SourceFile source = new SourceFile(candidate, FileKind.MODEL, text);
            JsonNode json;
            try {
                json = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                SourceLocation location = at == null ? SourceLocation.ofFile(candidate)
                        : new SourceLocation(candidate, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()),
                                (int) Math.max(0, at.getCharOffset()), 1);
                diagnostics.report(Code.INVALID_DESCRIPTOR, location, candidate, jsonProblem(e));
                return new Descriptor(fallbackName, "0.0.0", "", candidate);
            }
            if (json == null || !json.isObject()) {
                diagnostics.report(Code.INVALID_DESCRIPTOR, SourceLocation.ofFile(candidate), candidate,
                        "it must hold a JSON object with name and version");
                return new Descriptor(fallbackName, "0.0.0", "", candidate);
            }
            String name = json.path("name").asText(fallbackName);
            String version = json.path("version").asText("0.0.0");
            if (SemanticVersion.parse(version).isEmpty()) {
                int at = text.indexOf("\"version\"");
                diagnostics.report(Code.INVALID_VERSION,
                        at < 0 ? SourceLocation.ofFile(candidate) : source.location(at, 9), version, candidate);
            }
            return new Descriptor(name, version, json.path("description").asText(""), candidate);
        }
        return new Descriptor(fallbackName, "0.0.0", "", "");
    }

    /** Jackson's message without its internals: "Unexpected character (','): expected a valid value". */
    private static String jsonProblem(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "it is not valid JSON" : e.getOriginalMessage();
        return "it is not valid JSON: " + message.replaceAll("\\s*\\(code \\d+\\)", "")
                .replaceAll("\\s*\\(JSON String, Number.*\\)$", "")
                .replaceAll("\\s*\\(for Object starting at.*$", "");
    }

    private static String systemText() {
        try (var in = SystemModel.class.getResourceAsStream(SystemModel.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("The system model cannot be read", e);
        }
    }

    /** Guice and EMF registration are done once per JVM, on first use. */
    private static final class InjectorHolder {
        static final Injector INJECTOR = new CharterStandaloneSetup().createInjectorAndDoEMFRegistration();
    }
}
