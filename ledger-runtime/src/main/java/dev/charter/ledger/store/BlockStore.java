package dev.charter.ledger.store;

import dev.charter.ledger.block.Block;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The chain's blocks in one append-only file, {@code blocks.dat}: the source of truth from which the
 * state can always be rebuilt.
 *
 * <p>The file starts with the 8 bytes {@code CHBLOCK1}; then one frame per block, in block order: payload
 * length (int), CRC32C of the payload (int), payload ({@link Block#encode()}), big-endian. An index of
 * frame offsets is rebuilt in memory on open, checking every frame's checksum.
 *
 * <p>Durability: {@link #append} writes frames without forcing them; {@link #sync} forces them to the
 * disk ({@code fdatasync}). Nobody may be told that a block's transactions committed before a
 * {@code sync} that followed its {@code append} has returned; one sync may cover several appends (group
 * commit).
 *
 * <p>Recovery: a crash can only damage the end of the file, in the frame being appended. On
 * {@link #open}, an incomplete last frame, a last frame whose checksum fails, or a run of zero bytes at
 * the end (space the file system allocated but never wrote) is cut off; a bad frame followed by more
 * data, or one of the blocks the caller knows were acknowledged, is damage no crash explains and is
 * refused, naming the block. {@link #openReadOnly} repairs
 * nothing and reports what it found instead.
 *
 * <p>Thread-safe: one thread appends while any number read.
 */
public final class BlockStore implements AutoCloseable {

    public static final String FILE_NAME = "blocks.dat";

    private static final byte[] MAGIC = "CHBLOCK1".getBytes(StandardCharsets.US_ASCII);
    private static final int FRAME_HEADER = 8;

    private final Path file;
    private final FileChannel channel;
    private final boolean writable;
    private long[] offsets = new long[64];
    private int count;
    private long end;
    private long truncatedBytes;
    private String damage;

    private BlockStore(Path file, FileChannel channel, boolean writable) {
        this.file = file;
        this.channel = channel;
        this.writable = writable;
    }

    /** Opens (or creates) the block store in {@code directory}, cutting off a torn last frame. */
    public static BlockStore open(Path directory) {
        return open(directory, 0);
    }

    /**
     * Opens (or creates) the block store in {@code directory}, cutting off a torn last frame unless it
     * belongs to the first {@code intact} blocks, which the caller knows were acknowledged: damage there
     * is refused whatever it looks like.
     */
    public static BlockStore open(Path directory, long intact) {
        Path file = directory.resolve(FILE_NAME);
        try {
            boolean created = !Files.exists(file);
            Files.createDirectories(directory);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            BlockStore store = new BlockStore(file, channel, true);
            try {
                if (created || channel.size() < MAGIC.length) {
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(MAGIC), 0);
                    channel.force(true);
                    syncDirectory(directory);
                }
                store.index();
                if (store.damage != null && (store.count < intact || !store.tornTail())) {
                    throw new BlockStoreException(file + " is damaged: " + store.damage + "; "
                            + (store.count < intact ? "the state has applied that block, so it was acknowledged"
                                    : "later blocks follow it")
                            + ", so this is no torn write from a crash");
                }
                if (store.end < channel.size()) {
                    store.truncatedBytes = channel.size() - store.end;
                    channel.truncate(store.end);
                    channel.force(true);
                    store.damage = null;
                }
                return store;
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new BlockStoreException("Cannot open the block store " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing block store without changing it: every block before the first damaged frame can
     * be read, and {@link #damage()} describes that frame.
     */
    public static BlockStore openReadOnly(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            BlockStore store = new BlockStore(file, channel, false);
            try {
                store.index();
                return store;
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new BlockStoreException("Cannot read the block store " + file + ": " + e.getMessage(), e);
        }
    }

    private void index() throws IOException {
        long size = channel.size();
        byte[] magic = new byte[MAGIC.length];
        if (size < MAGIC.length || channel.read(ByteBuffer.wrap(magic), 0) < MAGIC.length || !Arrays.equals(magic, MAGIC)) {
            end = 0;
            damage = "it does not start with " + new String(MAGIC, StandardCharsets.US_ASCII) + ": it is not a block file";
            return;
        }
        long position = MAGIC.length;
        ByteBuffer header = ByteBuffer.allocate(FRAME_HEADER);
        while (position < size) {
            String problem = null;
            int length = 0;
            if (size - position < FRAME_HEADER) {
                problem = "its frame header is incomplete";
            } else {
                header.clear();
                readFully(header, position);
                length = header.getInt(0);
                if (length <= 0 || length > size - position - FRAME_HEADER) {
                    problem = "its frame announces " + length + " bytes but " + (size - position - FRAME_HEADER)
                            + " follow";
                } else {
                    ByteBuffer payload = ByteBuffer.allocate(length);
                    readFully(payload, position + FRAME_HEADER);
                    CRC32C crc = new CRC32C();
                    crc.update(payload.array());
                    if ((int) crc.getValue() != header.getInt(4)) {
                        problem = "its checksum does not match its " + length + " bytes";
                    }
                }
            }
            if (problem != null) {
                damage = "block " + count + " (at byte " + position + "): " + problem;
                break;
            }
            addOffset(position);
            position += FRAME_HEADER + length;
        }
        end = position;
    }

    /** Whether the damage found is what a crash while appending leaves: nothing valid follows the bad frame. */
    private boolean tornTail() throws IOException {
        long size = channel.size();
        if (end == 0) {
            return false;
        }
        if (end + FRAME_HEADER > size) {
            return true;
        }
        ByteBuffer header = ByteBuffer.allocate(FRAME_HEADER);
        readFully(header, end);
        long frameEnd = end + FRAME_HEADER + (header.getInt(0) & 0xFFFFFFFFL);
        return frameEnd >= size || allZero(frameEnd, size) || allZero(end, size);
    }

    private boolean allZero(long from, long to) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        for (long position = from; position < to; position += buffer.capacity()) {
            buffer.clear();
            buffer.limit((int) Math.min(buffer.capacity(), to - position));
            readFully(buffer, position);
            for (int i = 0; i < buffer.limit(); i++) {
                if (buffer.get(i) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private void addOffset(long offset) {
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, count * 2);
        }
        offsets[count++] = offset;
    }

    /** How many blocks the store holds: the number of the next block to append. */
    public synchronized long size() {
        return count;
    }

    /** How many bytes of a torn last frame {@link #open} cut off (0 when the file was whole). */
    public long truncatedBytes() {
        return truncatedBytes;
    }

    /** What {@link #openReadOnly} found damaged, naming the first block it could not read; empty when whole. */
    public Optional<String> damage() {
        return Optional.ofNullable(damage);
    }

    public Path file() {
        return file;
    }

    /**
     * Writes a block after the last one; it is durable only once {@link #sync} returns.
     *
     * @throws IllegalArgumentException when the block's number is not {@link #size()}
     */
    public synchronized void append(Block block) {
        if (!writable) {
            throw new IllegalStateException(file + " is open read-only");
        }
        if (block.number() != count) {
            throw new IllegalArgumentException("The next block is " + count + ", not " + block.number());
        }
        byte[] payload = block.encode();
        CRC32C crc = new CRC32C();
        crc.update(payload);
        ByteBuffer frame = ByteBuffer.allocate(FRAME_HEADER + payload.length);
        frame.putInt(payload.length).putInt((int) crc.getValue()).put(payload).flip();
        try {
            long position = end;
            while (frame.hasRemaining()) {
                position += channel.write(frame, position);
            }
            addOffset(end);
            end = position;
        } catch (IOException e) {
            throw new BlockStoreException("Cannot append block " + block.number() + " to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Forces every appended block to the disk. */
    public void sync() {
        try {
            channel.force(false);
        } catch (IOException e) {
            throw new BlockStoreException("Cannot force " + file + " to the disk: " + e.getMessage(), e);
        }
    }

    /** The encoded block {@code number}, as stored (its checksum was checked when the store opened). */
    public byte[] readBytes(long number) {
        long offset;
        synchronized (this) {
            if (number < 0 || number >= count) {
                throw new IllegalArgumentException("There is no block " + number + "; the store holds " + count);
            }
            offset = offsets[(int) number];
        }
        try {
            ByteBuffer header = ByteBuffer.allocate(FRAME_HEADER);
            readFully(header, offset);
            ByteBuffer payload = ByteBuffer.allocate(header.getInt(0));
            readFully(payload, offset + FRAME_HEADER);
            return payload.array();
        } catch (IOException e) {
            throw new BlockStoreException("Cannot read block " + number + " from " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Block {@code number}.
     *
     * @throws BlockStoreException when its bytes are not a block or carry another number
     */
    public Block read(long number) {
        Block block;
        try {
            block = Block.decode(readBytes(number));
        } catch (IllegalArgumentException e) {
            throw new BlockStoreException("Block " + number + " in " + file + " cannot be decoded: " + e.getMessage(), e);
        }
        if (block.number() != number) {
            throw new BlockStoreException("Block " + number + " in " + file + " says it is block " + block.number());
        }
        return block;
    }

    private void readFully(ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position + buffer.position());
            if (read < 0) {
                throw new IOException("unexpected end of file at byte " + (position + buffer.position()));
            }
        }
    }

    private static void syncDirectory(Path directory) throws IOException {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new BlockStoreException("Cannot close " + file + ": " + e.getMessage(), e);
        }
    }
}
