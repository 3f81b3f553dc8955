package dev.charter.cli.serve;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;

/**
 * Serves the classes of a REST service compiled in memory, and its resources (the OpenAPI document),
 * from bytes; everything else comes from Charter's own class path (the runtime, Spring).
 */
final class GeneratedClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> classes;
    private final Map<String, byte[]> resources;

    /**
     * @param classes class files by path ({@code org/example/loc/rest/LetterOfCreditController.class})
     * @param resources other resources by path ({@code charter/openapi.json})
     */
    GeneratedClassLoader(Map<String, byte[]> classes, Map<String, byte[]> resources, ClassLoader parent) {
        super("charter-rest", parent);
        this.classes = Map.copyOf(classes);
        this.resources = Map.copyOf(resources);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name.replace('.', '/') + ".class");
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        byte[] bytes = resources.containsKey(name) ? resources.get(name) : classes.get(name);
        return bytes != null ? new ByteArrayInputStream(bytes) : super.getResourceAsStream(name);
    }
}
