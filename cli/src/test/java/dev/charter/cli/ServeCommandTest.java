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

/**
 * The ledger node {@code charter serve} runs on: deployed once, found again, upgraded when the network changed
 * compatibly, and an incompatible change refused.
 */
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
    void aCompatiblyChangedNetworkIsUpgradedOnTheNextStartAndAnIncompatibleChangeIsRefusedWithEachReason()
            throws Exception {
        Path network = copyOfExample();
        Path data = dir.resolve("data");
        String deployed;
        try (EmbeddedNode node = EmbeddedNode.start(data, 0, archive(network, "before.cna"),
                new PrintWriter(new StringWriter()))) {
            deployed = node.client().network("letter-of-credit").get("contentHash").asText();
        }
        Path model = network.resolve("models/loc.cto");
        String original = Files.readString(model);
        Files.writeString(model, original + "\n/** A bank's branch. */\nconcept Branch {\n  o String city\n}\n");

        StringWriter log = new StringWriter();
        Path changed = archive(network, "compatible.cna");
        try (EmbeddedNode node = EmbeddedNode.start(data, 0, changed, new PrintWriter(log, true))) {
            assertThat(node.deployedNow()).isFalse();
            assertThat(node.client().network("letter-of-credit").get("contentHash").asText())
                    .isNotEqualTo(deployed).startsWith("sha256:");
        }
        assertThat(log.toString()).startsWith("charter serve: upgraded letter-of-credit from ").contains(" in block ");

        // a pattern the banks already on the ledger need not match: their data would no longer fit the model
        Files.writeString(model, original.replace("  o String bankId\n", "  o String bankId regex=/^[A-Z]+$/\n"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Charter.run(new PrintWriter(out, true), new PrintWriter(err, true), "serve", network.toString(), "--port",
                "0", "--data", data.toString());
        assertThat(exit).as(err.toString()).isEqualTo(Charter.ExitCode.PROBLEMS);
        assertThat(err.toString()).startsWith("charter serve: the network has changed since version ")
                .contains("in ways a deployed network cannot take", "bankId")
                .doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
    }
}
