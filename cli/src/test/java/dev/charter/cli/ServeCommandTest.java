package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.cli.serve.EmbeddedNode;
import dev.charter.compiler.NetworkCompiler;
import dev.charter.ledger.card.Card;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger node {@code charter serve} runs on: deployed once, found again, and a changed network refused. */
class ServeCommandTest {

    private static final Path EXAMPLE = Path.of(System.getProperty("charter.root", ".."), "examples/letter-of-credit");

    @TempDir
    Path dir;

    private Path archive(Path network, String name) throws IOException {
        Path archive = dir.resolve(name);
        new NetworkCompiler().compile(network).writeArchive(archive);
        return archive;
    }

    private Path copyOfExample() throws IOException {
        Path copy = dir.resolve("loc");
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            for (Path file : files.filter(f -> !f.toString().contains("/src/") && !f.toString().contains("/target/")).toList()) {
                Path target = copy.resolve(EXAMPLE.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }

    @Test
    void theFirstStartDeploysWithAnAdministratorsCardThatLaterStartsFindAgain() throws Exception {
        Path data = dir.resolve("data");
        Path card;
        try (EmbeddedNode node = EmbeddedNode.start(data, 0, archive(EXAMPLE, "first.cna"), new PrintWriter(new StringWriter()))) {
            assertThat(node.deployedNow()).isTrue();
            card = node.adminCard();
            assertThat(card).isEqualTo(data.resolve("cards/admin@letter-of-credit.card"));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(card))).isEqualTo("rw-------");
            assertThat(node.client().network("letter-of-credit").get("height").asLong()).isEqualTo(1);
        }
        String identity = Card.read(card).identityId();
        // compiled again from the same files: the same network, found on the node with its card
        try (EmbeddedNode node = EmbeddedNode.start(data, 0, archive(EXAMPLE, "again.cna"), new PrintWriter(new StringWriter()))) {
            assertThat(node.deployedNow()).isFalse();
            assertThat(Card.read(node.adminCard()).identityId()).isEqualTo(identity);
        }
    }

    @Test
    void serveRefusesANetworkThatChangedSinceItWasDeployed() throws Exception {
        Path network = copyOfExample();
        Path data = dir.resolve("data");
        EmbeddedNode.start(data, 0, archive(network, "before.cna"), new PrintWriter(new StringWriter())).close();
        Path model = network.resolve("models/loc.cto");
        Files.writeString(model, Files.readString(model) + "\n/** A bank's branch. */\nconcept Branch {\n  o String city\n}\n");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Charter.run(new PrintWriter(out, true), new PrintWriter(err, true), "serve", network.toString(), "--port",
                "0", "--data", data.toString());
        assertThat(exit).as(err.toString()).isEqualTo(Charter.ExitCode.PROBLEMS);
        assertThat(err.toString()).startsWith("charter serve: the network has changed since it was deployed in " + data
                + " (deployed sha256:").contains("Upgrading a deployed network is not supported yet");
        assertThat(out.toString()).isEmpty();
    }
}
