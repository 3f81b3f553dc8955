package dev.charter.compiler.archive;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.runtime.resource.Resource;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles generated Java sources in memory (no files written) for Java 17, against the Charter runtime
 * and Jackson — the class path generated contracts have when a ledger runs them.
 *
 * <p>By default warnings are errors ({@code -Xlint:all -Werror}): generated code must compile cleanly.
 * Thread-safe; every compilation has its own file manager.
 */
public final class JavaSourceCompiler {

    /**
     * The classes whose code sources form the class path: the runtime, and the three Jackson jars its
     * public signatures mention (javac needs those to resolve calls into the runtime). Within the CLI's
     * shaded jar they all come from that one jar.
     */
    private static final List<Class<?>> CLASS_PATH_ANCHORS = List.of(Resource.class, ObjectMapper.class,
            JsonParser.class, JsonProperty.class);

    private final JavaCompiler javac;
    private final boolean warningsAsErrors;

    /** A compiler for which warnings are errors. */
    public JavaSourceCompiler() {
        this(true);
    }

    /**
     * @param warningsAsErrors whether a warning fails the compilation ({@code -Werror})
     * @throws IllegalStateException when Java runs without its compiler (a JRE rather than a JDK)
     */
    public JavaSourceCompiler(boolean warningsAsErrors) {
        this(ToolProvider.getSystemJavaCompiler(), warningsAsErrors);
    }

    JavaSourceCompiler(JavaCompiler javac, boolean warningsAsErrors) {
        if (javac == null) {
            throw new IllegalStateException("Compiling a network needs the Java compiler, which this Java installation ("
                    + System.getProperty("java.home") + ") does not have: run Charter on a JDK 17 or newer, not a JRE");
        }
        this.javac = javac;
        this.warningsAsErrors = warningsAsErrors;
    }

    /**
     * Compiles the sources.
     *
     * @param sources source text by path ({@code org/example/loc/LetterOfCredit.java})
     * @return every class file by path ({@code org/example/loc/LetterOfCredit.class}, nested classes
     *     included), sorted
     * @throws CompilationFailedException listing javac's errors (and warnings, when they are errors)
     */
    public Map<String, byte[]> compile(Map<String, String> sources) {
        return compile(sources, List.of());
    }

    /**
     * Compiles the sources against the runtime, Jackson and the given class path as well — the libraries of
     * generated code that calls more than the runtime, such as a generated REST service and Spring.
     *
     * @param extraClassPath jars or directories, searched after the runtime's
     */
    public Map<String, byte[]> compile(Map<String, String> sources, List<Path> extraClassPath) {
        List<SourceFile> units = new TreeMap<>(sources).entrySet().stream()
                .map(e -> new SourceFile(e.getKey(), e.getValue()))
                .toList();
        List<String> options = new ArrayList<>(List.of("--release", "17", "-proc:none", "-implicit:none",
                // Bad class path elements are a matter of the installation, not of the generated code.
                "-Xlint:all,-path"));
        if (warningsAsErrors) {
            options.add("-Werror");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, byte[]> classes = new TreeMap<>();
        try (StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            Set<Path> classPath = new LinkedHashSet<>(classPath());
            classPath.addAll(extraClassPath);
            standard.setLocation(StandardLocation.CLASS_PATH, classPath.stream().map(Path::toFile).toList());
            // Without this, javac would look for sources on the class path too.
            standard.setLocation(StandardLocation.SOURCE_PATH, List.<File>of());
            JavaFileManager files = new InMemoryOutput(standard, classes);
            boolean success = javac.getTask(null, files, diagnostics, options, null, units).call();
            List<CompilationFailedException.Problem> problems = problems(diagnostics.getDiagnostics());
            if (!success || (warningsAsErrors && !problems.isEmpty())) {
                throw new CompilationFailedException(problems);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classes;
    }

    /**
     * Where the runtime and Jackson were loaded from — directories or jars, as their code sources say:
     * {@code target/classes} and jars in the local repository under Maven, the one shaded jar in the CLI.
     */
    static List<Path> classPath() {
        Set<Path> paths = new LinkedHashSet<>();
        for (Class<?> anchor : CLASS_PATH_ANCHORS) {
            CodeSource source = anchor.getProtectionDomain().getCodeSource();
            URL location = source == null ? null : source.getLocation();
            if (location == null || !"file".equals(location.getProtocol())) {
                throw new IllegalStateException("Cannot find the file " + anchor.getName()
                        + " was loaded from (" + location + "); generated code is compiled against it");
            }
            Path path;
            try {
                path = Path.of(location.toURI());
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new IllegalStateException("Cannot find the file " + anchor.getName() + " was loaded from: "
                        + location, e);
            }
            if (!Files.exists(path)) {
                throw new IllegalStateException(anchor.getName() + " was loaded from " + path + ", which no longer exists");
            }
            paths.add(path);
        }
        return List.copyOf(paths);
    }

    private static List<CompilationFailedException.Problem> problems(List<Diagnostic<? extends JavaFileObject>> all) {
        List<CompilationFailedException.Problem> problems = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : all) {
            if (d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
                    || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
                String path = d.getSource() instanceof SourceFile file ? file.path : null;
                long line = d.getLineNumber() == Diagnostic.NOPOS ? 0 : d.getLineNumber();
                // Continuation lines (symbol, location) come indented from javac; only the line ends are made uniform.
                String message = String.join("\n", d.getMessage(Locale.ROOT).lines().toList());
                problems.add(new CompilationFailedException.Problem(path, line, message));
            }
        }
        return problems;
    }

    /** A source held in memory, named by its path so that javac checks public class names against it. */
    private static final class SourceFile extends SimpleJavaFileObject {
        final String path;
        private final String text;

        SourceFile(String path, String text) {
            super(URI.create("memory:///" + path), Kind.SOURCE);
            this.path = path;
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    /** Collects class files in memory; everything else is the standard file manager's. */
    private static final class InMemoryOutput extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, byte[]> classes;

        InMemoryOutput(StandardJavaFileManager standard, Map<String, byte[]> classes) {
            super(standard);
            this.classes = classes;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                FileObject sibling) {
            String path = className.replace('.', '/') + kind.extension;
            return new SimpleJavaFileObject(URI.create("memory:///" + path), kind) {
                @Override
                public OutputStream openOutputStream() {
                    return new ByteArrayOutputStream() {
                        @Override
                        public void close() {
                            classes.put(path, toByteArray());
                        }
                    };
                }
            };
        }
    }
}
