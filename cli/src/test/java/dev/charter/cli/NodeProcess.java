package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.ledger.client.LedgerClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A {@code bin/charter node start} process on a free port, and {@code bin/charter} runs beside it. */
final class NodeProcess implements AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("charter.root", "..")).toAbsolutePath().normalize();
    static final Path LAUNCHER = ROOT.resolve("bin/charter");

    private final Process process;
    private final String url;

    private NodeProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Starts a node on {@code data}; its stderr goes to {@code data}'s sibling {@code node-<pid>.log}. */
    static NodeProcess start(Path data) throws Exception {
        Path log = Files.createTempFile(data.toAbsolutePath().getParent(), "node-", ".log");
        Process process = new ProcessBuilder(LAUNCHER.toString(), "node", "start", "--data", data.toString(), "--port", "0")
                .redirectError(log.toFile()).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> {
                try {
                    return lines.readLine();
                } catch (IOException e) {
                    return null;
                }
            }).get(90, TimeUnit.SECONDS);
            assertThat(line).as("the node's first line; its log: %s", Files.readString(log))
                    .startsWith("charter node: listening on ");
            String rest = line.substring("charter node: listening on ".length());
            return new NodeProcess(process, rest.substring(0, rest.indexOf(',')));
        } catch (Exception | AssertionError e) {
            process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            throw e;
        }
    }

    String url() {
        return url;
    }

    LedgerClient client() {
        return new LedgerClient(URI.create(url));
    }

    /** SIGKILL: the process gets no chance to flush or close anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }

    /** SIGTERM, then SIGKILL if it has not stopped within 20 seconds. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
    }

    record Run(int exit, String out, String err) {
    }

    /** Runs {@code bin/charter args…} to completion (at most 120 s). */
    static Run charter(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        try {
            process.getOutputStream().close();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            String out = read(process.getInputStream());
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("charter %s finishes", args[0]).isTrue();
            return new Run(process.exitValue(), out, err.join());
        } finally {
            process.destroyForcibly();
        }
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
