package dev.charter.cli;

import dev.charter.cli.serve.EmbeddedNode;
import dev.charter.cli.serve.RestServer;
import dev.charter.compiler.NetworkCompiler;
import dev.charter.rest.gateway.LedgerGateway;
import dev.charter.rest.generator.NamespaceMode;
import dev.charter.rest.generator.RestGenerationException;
import dev.charter.rest.generator.RestGenerator;
import dev.charter.rest.web.RestSettings;
import dev.charter.runtime.archive.NetworkArchive;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code charter serve <dir>}: compiles the network, runs it on a ledger node in this process (data in
 * {@code ./.charter/data}), deploys it there on the first start, and serves its generated REST API until stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Compile a network, run it on a ledger node in this process and serve its generated REST API",
                "(http://localhost:3000/api, explorer at /explorer) until stopped. The network is deployed on the first",
                "start, with an administrator's card kept in the data directory; data survives restarts."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<dir>", description = "The network directory.")
    Path directory;

    @Option(names = "--port", paramLabel = "<port>", defaultValue = "3000", description = "The HTTP port (default 3000; 0 picks a free one).")
    int port;

    @Option(names = "--node-port", paramLabel = "<port>", defaultValue = "0",
            description = "The ledger node's port on 127.0.0.1 (default: any free one; printed).")
    int nodePort;

    @Option(names = "--data", paramLabel = "<dir>", defaultValue = ".charter/data",
            description = "The ledger node's data directory (default ./.charter/data).")
    Path data;

    @Option(names = "--namespaces", paramLabel = "always|never", defaultValue = "always",
            description = "Paths with qualified type names (the default) or short ones.")
    String namespaces;

    @Option(names = "--card", paramLabel = "<file>",
            description = "The card requests act as (default: the network administrator's, made at the first start).")
    Path card;

    @Option(names = "--api-key", paramLabel = "<key>", description = "A key every request must present (X-API-Key header).")
    String apiKey;

    @Option(names = "--users", paramLabel = "<file>",
            description = {"Multi-user mode: a properties file of <api key> = <admin | card file | resource:<type>#<id>>",
                    "(for a participant, the server issues a card the first time its key is used)."})
    Path users;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Integer usage = Networks.requireNetwork(spec, "serve", directory);
        if (usage != null) {
            return usage;
        }
        Optional<NamespaceMode> mode = namespaceMode(spec, "serve", namespaces);
        if (mode.isEmpty()) {
            return Charter.ExitCode.USAGE;
        }
        if (users != null && !Files.isReadable(users)) {
            err.println("charter serve: cannot read the users file " + users);
            return Charter.ExitCode.USAGE;
        }
        if (card != null && !Files.isReadable(card)) {
            err.println("charter serve: cannot read the card " + card);
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
            err.println("charter serve: " + e.getMessage());
            return Charter.ExitCode.PROBLEMS;
        }
        Path archiveFile = Files.createTempFile("charter-serve-", ".cna");
        EmbeddedNode node;
        NetworkArchive archive;
        try {
            NetworkArchives.write(compiled.get(), archiveFile);
            node = EmbeddedNode.start(data, nodePort, archiveFile, err);
            try {
                archive = NetworkArchive.open(archiveFile);
            } catch (IOException | RuntimeException e) {
                node.close();
                throw e;
            }
        } catch (EmbeddedNode.Refusal e) {
            err.println("charter serve: " + e.getMessage());
            return Charter.ExitCode.PROBLEMS;
        } finally {
            Files.deleteIfExists(archiveFile);
        }
        Map<String, Object> settings = new HashMap<>();
        settings.put("server.port", port);
        settings.put("logging.level.root", "WARN");
        settings.put(RestSettings.NODE, node.url());
        settings.put(RestSettings.CARD, (card != null ? card : node.adminCard()).toString());
        settings.put(RestSettings.WALLET, data.resolve("wallet").resolve(archive.name()).toString());
        if (apiKey != null) {
            settings.put(RestSettings.API_KEY, apiKey);
        }
        if (users != null) {
            settings.put(RestSettings.USERS, users.toString());
        }
        RestServer server;
        try {
            server = RestServer.start(project, LedgerGateway.open(node.client(), archive, Clock.systemUTC()), settings);
        } catch (RuntimeException e) {
            archive.close();
            node.close();
            if (causedBy(e, PortInUseException.class)) {
                err.println("charter serve: port " + port + " is in use; choose another with --port");
                return Charter.ExitCode.USAGE;
            }
            if (causedBy(e, IllegalArgumentException.class)) {
                err.println("charter serve: " + rootMessage(e));
                return Charter.ExitCode.USAGE;
            }
            throw e;
        }
        // The node closes with the service, after its web server stopped and before the JVM's shutdown ends.
        ((GenericApplicationContext) server.context()).getDefaultListableBeanFactory().registerDisposableBean("charterNode", node::close);
        CountDownLatch closed = new CountDownLatch(1);
        server.context().addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        String base = "http://localhost:" + server.port();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s %s served at %s/api (explorer %s/explorer), data in %s, acting as %s%s%n",
                archive.name(), archive.version(), base, base, data, users != null ? "the caller's API key"
                        : card != null ? card : "the network administrator",
                apiKey != null && users == null ? " with an API key" : "");
        out.printf("ledger node at %s (%s); the administrator's card: %s%n  e.g. charter query --card %s --node %s"
                + " network%n", node.url(), node.deployedNow() ? "network deployed now" : "network deployed before",
                node.adminCard(), node.adminCard(), node.url());
        out.flush();
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

    private static String rootMessage(Throwable e) {
        Throwable deepest = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException) {
                deepest = t;
            }
        }
        return deepest.getMessage();
    }
}
