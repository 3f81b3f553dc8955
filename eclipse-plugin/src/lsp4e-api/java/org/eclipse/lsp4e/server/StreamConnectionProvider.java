package org.eclipse.lsp4e.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Compile-time declaration of the abstract methods of LSP4E's {@code StreamConnectionProvider}
 * (stable since LSP4E 0.1.0), the type an {@code org.eclipse.lsp4e.languageServer} extension
 * names. LSP4E is published only on Eclipse's update sites, not on Maven Central, so the bundle
 * compiles against this declaration; the build leaves it out of the bundle, and inside Eclipse
 * the class comes from the installed {@code org.eclipse.lsp4e} bundle (with its default methods).
 */
public interface StreamConnectionProvider {

    void start() throws IOException;

    InputStream getInputStream();

    OutputStream getOutputStream();

    InputStream getErrorStream();

    void stop();
}
