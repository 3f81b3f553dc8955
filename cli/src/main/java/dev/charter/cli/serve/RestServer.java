package dev.charter.cli.serve;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.charter.compiler.archive.JavaSourceCompiler;
import dev.charter.rest.gateway.NetworkGateway;
import dev.charter.rest.generator.RestGenerator;
import dev.charter.rest.web.ExplorerController;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Runs a generated REST service in this process, as {@code charter serve} does: the generated sources are
 * compiled in memory (warnings are errors, as for contracts), loaded beside Charter's own classes and started
 * as a Spring Boot application over a gateway the caller provides. What runs is exactly what
 * {@code charter generate rest} writes — only the gateway and the settings come from the command line.
 */
public final class RestServer implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RestServer(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Compiles and starts the service. The gateway becomes the application's: it is closed with it.
     *
     * @param settings Spring properties: {@code server.port}, {@code charter.rest.*}
     */
    public static RestServer start(RestGenerator.Project project, NetworkGateway gateway, Map<String, Object> settings) {
        Map<String, byte[]> classes = new JavaSourceCompiler(true).compile(project.javaSources(), classPath());
        GeneratedClassLoader loader = new GeneratedClassLoader(classes,
                Map.of(ExplorerController.DOCUMENT_RESOURCE, project.openApi().getBytes(UTF_8)),
                RestServer.class.getClassLoader());
        List<Class<?>> sources = new ArrayList<>();
        for (String path : project.javaSources().keySet()) {
            String name = path.substring(0, path.length() - ".java".length()).replace('/', '.');
            try {
                sources.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Generated class " + name + " was compiled but cannot be loaded", e);
            }
        }
        // Component scanning cannot list classes held in memory: every generated class is a primary source.
        SpringApplication application = new SpringApplication(new DefaultResourceLoader(loader),
                sources.toArray(Class<?>[]::new));
        application.setDefaultProperties(settings);
        application.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        application.addInitializers(context -> ((GenericApplicationContext) context)
                .registerBean("networkGateway", NetworkGateway.class, () -> gateway));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return new RestServer(application.run());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The class path generated code compiles against: this JVM's (the charter jar, or Maven's test class path). */
    private static List<Path> classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty()).map(Path::of).toList();
    }

    /** The port the server listens on (the chosen one when started on port 0). */
    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
