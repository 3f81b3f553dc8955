package dev.charter.cli;

import dev.charter.ledger.server.NodeHost;
import dev.charter.ledger.server.NodeServer;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code charter node start [--data ./data] [--port 7050]}: host networks until stopped. */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = {"Start a ledger node hosting any number of networks, each an independent chain, kept in the",
                "data directory (they survive restarts). Serves the protocol of docs/ledger-protocol.md until",
                "stopped (Ctrl-C or SIGTERM)."})
final class NodeStartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", defaultValue = "./data", paramLabel = "<dir>",
            description = "Where the node keeps its key and networks (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--port", defaultValue = "7050", paramLabel = "<port>",
            description = "The TCP port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "<address>",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Override
    public Integer call() {
        return LedgerCommands.run(spec, () -> {
            PrintWriter out = spec.commandLine().getOut();
            NodeHost nodeHost;
            try {
                nodeHost = NodeHost.open(data, Clock.systemUTC(), spec.commandLine().getErr());
            } catch (IllegalStateException e) {
                spec.commandLine().getErr().println("charter node start: " + e.getMessage());
                return Charter.ExitCode.PROBLEMS;
            }
            NodeServer server;
            try {
                server = NodeServer.start(nodeHost, new InetSocketAddress(host, port));
            } catch (java.io.IOException e) {
                nodeHost.close();
                spec.commandLine().getErr().println("charter node start: cannot listen on " + host + ":" + port + ": "
                        + e.getMessage());
                return Charter.ExitCode.PROBLEMS;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "charter-node-stop"));
            out.printf("charter node: listening on http://%s:%d, data in %s%n", host, server.port(),
                    data.toAbsolutePath().normalize());
            out.flush();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Charter.ExitCode.OK;
        });
    }
}
