package dev.charter.runtime.archive;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.security.CodeSigner;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

/**
 * Loads a network's classes and resources from the verified bytes of its archive, so that what runs is
 * exactly what was hashed (a loader reading the file again could see it changed).
 *
 * <p>Child-first for what the archive holds: a class or resource in the archive is always the
 * archive's, even when the parent (the runtime's loader) has one of the same name — two versions of a
 * network, or a host that has the network's classes on its own class path, never mix. Everything else,
 * the runtime and Jackson included, comes from the parent and is shared.
 */
final class ArchiveClassLoader extends ClassLoader implements Closeable {

    static {
        registerAsParallelCapable();
    }

    private static final String PROTOCOL = "charter-archive";

    private final ProtectionDomain domain;
    private final URLStreamHandler handler = new EntryHandler();
    private volatile Map<String, byte[]> entries;

    /**
     * @param name shown in stack traces and class loader listings
     * @param location where the archive came from, the classes' code source
     */
    ArchiveClassLoader(String name, Map<String, byte[]> entries, URL location, ClassLoader parent) {
        super(name, parent);
        this.entries = entries;
        this.domain = new ProtectionDomain(new CodeSource(location, (CodeSigner[]) null), null, this, null);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                byte[] bytes = entries.get(name.replace('.', '/') + ".class");
                loaded = bytes != null ? defineClass(name, bytes, 0, bytes.length, domain) : super.loadClass(name, false);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    public URL getResource(String name) {
        URL own = findResource(name);
        return own != null ? own : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        List<URL> urls = new ArrayList<>();
        URL own = findResource(name);
        if (own != null) {
            urls.add(own);
        }
        if (getParent() != null) {
            urls.addAll(Collections.list(getParent().getResources(name)));
        }
        return Collections.enumeration(urls);
    }

    @Override
    protected URL findResource(String name) {
        if (!entries.containsKey(name)) {
            return null;
        }
        try {
            return new URL(PROTOCOL, "", -1, "/" + name, handler);
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
        URL own = findResource(name);
        return Collections.enumeration(own == null ? List.of() : List.of(own));
    }

    /** Releases the archive's bytes: classes already loaded keep working, no further class or resource loads. */
    @Override
    public void close() {
        entries = Map.of();
    }

    /** Serves {@code charter-archive:/<entry>} URLs from the archive's bytes. */
    private final class EntryHandler extends URLStreamHandler {
        @Override
        protected URLConnection openConnection(URL url) throws IOException {
            String name = url.getPath().substring(1);
            byte[] bytes = entries.get(name);
            if (bytes == null) {
                throw new IOException("No entry " + name + " in " + getName() + (entries.isEmpty() ? " (closed)" : ""));
            }
            return new URLConnection(url) {
                @Override
                public void connect() {
                    connected = true;
                }

                @Override
                public InputStream getInputStream() {
                    return new ByteArrayInputStream(bytes);
                }

                @Override
                public long getContentLengthLong() {
                    return bytes.length;
                }
            };
        }
    }
}
