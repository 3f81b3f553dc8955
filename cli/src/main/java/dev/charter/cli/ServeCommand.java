package dev.charter.cli;

import dev.charter.cli.serve.RestServer;
import dev.charter.compiler.NetworkCompiler;
import dev.charter.rest.gateway.EmbeddedGateway;
import dev.charter.rest.gateway.JournalStateStore;
import dev.charter.rest.generator.NamespaceMode;
import dev.charter.rest.generator.RestGenerationException;
import dev.charter.rest.generator.RestGenerator;
import dev.charter.rest.web.RestSettings;
import dev.charter.runtime.archive.NetworkArchive;
import dev.charter.runtime.state.InMemoryStateStore;
import dev.charter.runtime.state.StateStore;
import dev.charter.runtime.state.StateStoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code charter serve <dir>}: compiles the network, runs it on an embedded node whose state is journaled in
 * {@code ./.charter/data}, and serves its generated REST API until stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Compile a network, run it on an embedded node and serve its generated REST API",
                "(http://localhost:3000/api, explorer at /explorer) until stopped. Data survives restarts."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<dir>", description = "The network directory.")
    Path directory;

    @Option(names = "--port", paramLabel = "<port>", defaultValue = "3000", description = "The HTTP port (default 3000; 0 picks a free one).")
    int port;

    @Option(names = "--data", paramLabel = "<dir>", defaultValue = ".charter/data",
            description = "Where the node keeps its state (default ./.charter/data); each network has a folder of its own.")
    Path data;

    @Option(names = "--memory", description = "Keep the state in memory only: nothing survives a restart.")
    boolean memory;

    @Option(names = "--namespaces", paramLabel = "always|never", defaultValue = "always",
            description = "Paths with qualified type names (the default) or short ones.")
    String namespaces;

    @Option(names = "--identity", paramLabel = "<who>", defaultValue = "admin",
            description = "Who requests act as: admin (default) or a participant, resource:<type>#<id>.")
    String identity;

    @Option(names = "--api-key", paramLabel = "<key>", description = "A key every request must present (X-API-Key header).")
    String apiKey;

    @Option(names = "--users", paramLabel = "<file>",
            description = "Multi-user mode: a properties file of <api key> = <admin | resource:<type>#<id>>.")
    Path users;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Integer usage = Networks.requireNetwork(spec, "serve", directory);
        if (usage != null) {
            return usage;
        }
        Optional<NamespaceMode> mode = namespaceMode(spec, "serve", namespaces);
        if (mode.isEmpty()) {
            return Charter.ExitCode.USAGE;
        }
        if (users != null && !Files.isReadable(users)) {
            spec.commandLine().getErr().println("charter serve: cannot read the users file " + users);
            return Charter.ExitCode.USAGE;
        }
        Optional<NetworkCompiler.Compilation> compiled = Networks.compile(spec, "serve", directory);
        if (compiled.isEmpty()) {
            return Charter.ExitCode.PROBLEMS;
        }
        RestGenerator.Project project;
        try {
            project = RestGenerator.generate(compiled.get().check().network(), mode.get(), RestGenerator.charterVersion());
        } catch (RestGenerationException e) {
            spec.commandLine().getErr().println("charter serve: " + e.getMessage());
            return Charter.ExitCode.PROBLEMS;
        }
        NetworkArchive archive = NetworkArchives.open(compiled.get());
        Path stateDirectory = data.resolve(archive.name());
        StateStore store;
        try {
            store = memory ? new InMemoryStateStore() : JournalStateStore.open(stateDirectory);
        } catch (StateStoreException e) {
            spec.commandLine().getErr().println("charter serve: " + e.getMessage());
            return Charter.ExitCode.USAGE;
        }
        EmbeddedGateway gateway = EmbeddedGateway.open(archive, store, archive.accessController());

        Map<String, Object> settings = new HashMap<>();
        settings.put("server.port", port);
        settings.put("logging.level.root", "WARN");
        settings.put(RestSettings.IDENTITY, identity);
        if (apiKey != null) {
            settings.put(RestSettings.API_KEY, apiKey);
        }
        if (users != null) {
            settings.put(RestSettings.USERS, users.toString());
        }
        RestServer server;
        try {
            server = RestServer.start(project, gateway, settings);
        } catch (RuntimeException e) {
            gateway.close();
            if (causedBy(e, PortInUseException.class)) {
                spec.commandLine().getErr().println("charter serve: port " + port + " is in use; choose another with --port");
                return Charter.ExitCode.USAGE;
            }
            throw e;
        }
        CountDownLatch closed = new CountDownLatch(1);
        server.context().addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        String base = "http://localhost:" + server.port();
        spec.commandLine().getOut().printf("%s %s served at %s/api (explorer %s/explorer), %s, acting as %s%s%n",
                archive.name(), archive.version(), base, base,
                memory ? "state in memory" : "data in " + stateDirectory, users != null ? "the caller's API key" : identity,
                apiKey != null && users == null ? " with an API key" : "");
        spec.commandLine().getOut().flush();
        closed.await();
        return Charter.ExitCode.OK;
    }

    static Optional<NamespaceMode> namespaceMode(CommandSpec spec, String command, String text) {
        try {
            return Optional.of(NamespaceMode.valueOf(text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("charter " + command + ": --namespaces is always or never, not " + text);
            return Optional.empty();
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
