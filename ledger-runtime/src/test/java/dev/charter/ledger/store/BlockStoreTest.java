package dev.charter.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.ledger.block.Block;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlockStoreTest {

    @TempDir
    Path dir;

    private final List<Block> chain = TestBlocks.chain(6);

    private void write(List<Block> blocks) {
        try (BlockStore store = BlockStore.open(dir)) {
            blocks.forEach(store::append);
            store.sync();
        }
    }

    private long fileSize() throws IOException {
        return Files.size(dir.resolve(BlockStore.FILE_NAME));
    }

    private void flipByte(long offset) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(dir.resolve(BlockStore.FILE_NAME).toFile(), "rw")) {
            file.seek(offset);
            int b = file.read();
            file.seek(offset);
            file.write(b ^ 0x40);
        }
    }

    @Test
    void readsEveryBlockByNumberAfterReopening() {
        write(chain);

        try (BlockStore store = BlockStore.open(dir)) {
            assertThat(store.size()).isEqualTo(6);
            assertThat(store.truncatedBytes()).isZero();
            for (Block block : List.of(chain.get(3), chain.get(0), chain.get(5))) {
                assertThat(store.read(block.number()).encode()).isEqualTo(block.encode());
            }
        }
    }

    @Test
    void refusesABlockOutOfOrder() {
        try (BlockStore store = BlockStore.open(dir)) {
            store.append(chain.get(0));

            assertThatThrownBy(() -> store.append(chain.get(2))).hasMessage("The next block is 1, not 2");
        }
    }

    @Test
    void cutsOffATornLastBlockAndAppendsAfterTheOthers() throws IOException {
        write(chain.subList(0, 5));
        long whole = fileSize();
        write(chain.subList(5, 6));
        try (RandomAccessFile file = new RandomAccessFile(dir.resolve(BlockStore.FILE_NAME).toFile(), "rw")) {
            file.setLength(whole + (fileSize() - whole) / 2);
        }

        try (BlockStore store = BlockStore.open(dir)) {
            assertThat(store.size()).isEqualTo(5);
            assertThat(store.truncatedBytes()).isPositive();
            store.append(chain.get(5));
            store.sync();
        }
        try (BlockStore store = BlockStore.open(dir)) {
            assertThat(store.read(5).encode()).isEqualTo(chain.get(5).encode());
        }
    }

    @Test
    void cutsOffZeroBytesTheFileSystemAllocatedButNeverWrote() throws IOException {
        write(chain);
        try (RandomAccessFile file = new RandomAccessFile(dir.resolve(BlockStore.FILE_NAME).toFile(), "rw")) {
            file.setLength(fileSize() + 4096);
        }

        try (BlockStore store = BlockStore.open(dir)) {
            assertThat(store.size()).isEqualTo(6);
            assertThat(store.truncatedBytes()).isEqualTo(4096);
        }
    }

    @Test
    void refusesDamageInTheMiddleNamingTheBlock() throws IOException {
        write(chain.subList(0, 3));
        long third = fileSize();
        write(chain.subList(3, 6));
        flipByte(third + 40);

        assertThatThrownBy(() -> BlockStore.open(dir)).isInstanceOf(BlockStoreException.class)
                .hasMessageContaining("block 3 (at byte " + third + "): its checksum does not match")
                .hasMessageContaining("later blocks follow it");
    }

    @Test
    void refusesToCutOffABlockTheStateHasApplied() throws IOException {
        write(chain);
        flipByte(fileSize() - 3);

        assertThatThrownBy(() -> BlockStore.open(dir, 6)).hasMessageContaining("block 5")
                .hasMessageContaining("the state has applied that block");
        try (BlockStore store = BlockStore.open(dir, 5)) {
            assertThat(store.size()).isEqualTo(5);
        }
    }

    @Test
    void readOnlyOpeningReportsDamageAndChangesNothing() throws IOException {
        write(chain);
        long size = fileSize();
        flipByte(size - 3);

        try (BlockStore store = BlockStore.openReadOnly(dir)) {
            assertThat(store.size()).isEqualTo(5);
            assertThat(store.damage()).hasValueSatisfying(d -> assertThat(d).startsWith("block 5 (at byte "));
        }
        assertThat(fileSize()).isEqualTo(size);
    }
}
