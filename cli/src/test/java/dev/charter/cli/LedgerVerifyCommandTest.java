package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.ledger.block.TestKeys;
import dev.charter.ledger.store.BlockStore;
import dev.charter.ledger.testing.DataDirectories;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerVerifyCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int charter(String... args) {
        return Charter.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void aNodesChainHoldsAndExitsZero() {
        Path data = dir.resolve("data");
        DataDirectories.writeChain(data, TestKeys.orderer());

        assertThat(charter("ledger", "verify", "--data", data.toString())).isZero();
        assertThat(out.toString()).startsWith(data + ": 10 blocks hold: checksums, header links, Merkle roots and orderer"
                + " signatures; re-executing them gives the outcomes they record, and the state matches block 9.\ngenesis ");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aFlippedByteNamesItsBlockAndExitsOne() throws IOException {
        Path data = dir.resolve("data");
        DataDirectories.writeChain(data, TestKeys.orderer());
        Path blocks = data.resolve("blocks").resolve(BlockStore.FILE_NAME);
        List<Long> frames = DataDirectories.frameOffsets(blocks);
        DataDirectories.flipBit(blocks, frames.get(4) + 30, 2);

        assertThat(charter("ledger", "verify", "--data", data.toString())).isEqualTo(1);
        assertThat(out.toString()).isEqualTo(data + ": block 4 fails: block 4 (at byte " + frames.get(4)
                + "): its checksum does not match its " + (frames.get(5) - frames.get(4) - 8) + " bytes\n"
                + "Blocks 0 to 3 hold.\n");
    }

    @Test
    void aDirectoryWithoutAChainIsAUsageError() throws IOException {
        Files.createDirectories(dir.resolve("empty"));

        assertThat(charter("ledger", "verify", "--data", dir.resolve("empty").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("charter ledger verify: " + dir.resolve("empty") + " holds no chain");
        assertThat(charter("ledger", "verify", "--data", dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(err.toString()).contains(dir.resolve("missing") + " is not a directory");
    }
}
