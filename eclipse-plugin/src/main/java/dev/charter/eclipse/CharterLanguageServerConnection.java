package dev.charter.eclipse;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.lsp4e.server.StreamConnectionProvider;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Starts the Charter language server bundled in this plug-in ({@code server/charter-language-server.jar})
 * on the Java that runs Eclipse, and gives LSP4E its standard streams.
 */
public final class CharterLanguageServerConnection implements StreamConnectionProvider {

    /** Where the server jar is inside the bundle. */
    public static final String SERVER_JAR = "server/charter-language-server.jar";

    private final List<String> command;
    private Process process;

    /** The constructor LSP4E calls: the bundled jar, run by this Eclipse's Java. */
    public CharterLanguageServerConnection() {
        this(javaOfThisEclipse(), bundledJar());
    }

    CharterLanguageServerConnection(Path java, Path jar) {
        this.command = List.of(java.toString(), "-jar", jar.toString());
    }

    List<String> command() {
        return command;
    }

    @Override
    public void start() throws IOException {
        Path jar = Path.of(command.get(2));
        if (!Files.isRegularFile(jar)) {
            throw new IOException("The Charter language server is missing from the plug-in: " + jar);
        }
        process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!process.isAlive()) {
            throw new IOException("The Charter language server stopped at once (exit " + process.exitValue() + "): " + command);
        }
    }

    @Override
    public InputStream getInputStream() {
        return process == null ? null : process.getInputStream();
    }

    @Override
    public OutputStream getOutputStream() {
        return process == null ? null : process.getOutputStream();
    }

    @Override
    public InputStream getErrorStream() {
        return null; // redirected to Eclipse's own standard error
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
        }
    }

    /** LSP4E starts one connection per distinct provider: equal providers share a server. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CharterLanguageServerConnection connection && connection.command.equals(command);
    }

    @Override
    public int hashCode() {
        return Objects.hash(command);
    }

    @Override
    public String toString() {
        return "Charter language server " + command;
    }

    /** Eclipse 2023-12 and later run on Java 17 or later: the server runs on the same Java. */
    static Path javaOfThisEclipse() {
        String executable = File.separatorChar == '\\' ? "java.exe" : "java";
        return Path.of(System.getProperty("java.home"), "bin", executable);
    }

    /** The server jar as a file: extracted to the bundle's cache when the plug-in is installed as a jar. */
    private static Path bundledJar() {
        Bundle bundle = FrameworkUtil.getBundle(CharterLanguageServerConnection.class);
        URL entry = bundle == null ? null : bundle.getEntry(SERVER_JAR);
        if (entry == null) {
            return Path.of(SERVER_JAR);
        }
        try {
            return Path.of(FileLocator.toFileURL(entry).getPath());
        } catch (IOException e) {
            return Path.of(SERVER_JAR);
        }
    }
}
