package dev.charter.rest.gateway;

import dev.charter.runtime.state.InMemoryStateStore;
import dev.charter.runtime.state.StateEntry;
import dev.charter.runtime.state.StateStore;
import dev.charter.runtime.state.StateStoreException;
import dev.charter.runtime.state.StateVersion;
import dev.charter.runtime.state.StateWrite;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * A durable {@link StateStore} for {@code charter serve} until the ledger's state database replaces it:
 * every commit is appended to one journal file ({@code state.journal}) and forced to disk before it
 * becomes visible; opening replays the journal into an {@link InMemoryStateStore}, which serves reads.
 *
 * <p>A record is {@code u32 length ‖ payload ‖ u32 CRC-32(payload)}, the payload being the transaction id
 * and its writes. A record cut short or damaged at the end of the file (a crash while appending) is
 * dropped when the store opens, so a commit is either wholly there or not at all. All state is held in
 * memory: this store suits development networks, not large ones.
 */
public final class JournalStateStore implements StateStore, AutoCloseable {

    /** The journal's file name in the data directory. */
    public static final String FILE_NAME = "state.journal";

    private final InMemoryStateStore memory = new InMemoryStateStore();
    private final Path file;
    private final FileChannel channel;

    private JournalStateStore(Path file) throws IOException {
        this.file = file;
        long valid = replay(file);
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (channel.size() > valid) {
            channel.truncate(valid);
            channel.force(true);
        }
        channel.position(valid);
    }

    /** Opens (creating if needed) the journal in {@code directory} and replays it. */
    public static JournalStateStore open(Path directory) {
        try {
            Files.createDirectories(directory);
            return new JournalStateStore(directory.resolve(FILE_NAME));
        } catch (IOException e) {
            throw new StateStoreException("Cannot open the state journal in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Applies every whole record; returns the length of the file up to the end of the last whole record. */
    private long replay(Path journal) throws IOException {
        if (!Files.exists(journal)) {
            return 0;
        }
        long valid = 0;
        try (InputStream in = Files.newInputStream(journal); DataInputStream data = new DataInputStream(in)) {
            while (true) {
                int length;
                byte[] payload;
                int checksum;
                try {
                    length = data.readInt();
                    if (length < 0) {
                        break;
                    }
                    payload = data.readNBytes(length);
                    if (payload.length < length) {
                        break;
                    }
                    checksum = data.readInt();
                } catch (EOFException e) {
                    break;
                }
                if (checksum != crc(payload)) {
                    break;
                }
                DataInputStream record = new DataInputStream(new java.io.ByteArrayInputStream(payload));
                String transactionId = record.readUTF();
                int count = record.readInt();
                List<StateWrite> writes = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    String key = record.readUTF();
                    if (record.readBoolean()) {
                        writes.add(StateWrite.put(key, record.readNBytes(record.readInt())));
                    } else {
                        writes.add(StateWrite.delete(key));
                    }
                }
                memory.commit(transactionId, writes);
                valid += 8L + length;
            }
        }
        return valid;
    }

    @Override
    public Optional<byte[]> get(String key) {
        return memory.get(key);
    }

    @Override
    public List<StateEntry> scan(String prefix) {
        return memory.scan(prefix);
    }

    @Override
    public List<StateVersion> history(String key) {
        return memory.history(key);
    }

    @Override
    public synchronized void commit(String transactionId, List<StateWrite> writes) {
        Set<String> keys = new HashSet<>();
        for (StateWrite write : writes) {
            if (!keys.add(write.key())) {
                throw new IllegalArgumentException("Transaction " + transactionId + " writes key " + write.key() + " twice");
            }
        }
        long start = -1;
        try {
            start = channel.position();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            DataOutputStream payload = new DataOutputStream(bytes);
            payload.writeUTF(transactionId);
            payload.writeInt(writes.size());
            for (StateWrite write : writes) {
                payload.writeUTF(write.key());
                payload.writeBoolean(!write.isDelete());
                if (!write.isDelete()) {
                    payload.writeInt(write.value().length);
                    payload.write(write.value());
                }
            }
            byte[] record = bytes.toByteArray();
            ByteBuffer buffer = ByteBuffer.allocate(record.length + 8);
            buffer.putInt(record.length).put(record).putInt(crc(record)).flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        } catch (IOException e) {
            dropPartialRecord(start);
            throw new StateStoreException("Cannot append transaction " + transactionId + " to " + file + ": "
                    + e.getMessage(), e);
        }
        memory.commit(transactionId, writes);
    }

    /** A failed append must not leave half a record before the next one, which replay would stop at. */
    private void dropPartialRecord(long start) {
        if (start < 0) {
            return;
        }
        try {
            channel.truncate(start);
            channel.position(start);
        } catch (IOException ignored) {
            // The record is incomplete: replay drops it, and everything after it, when the store next opens.
        }
    }

    private static int crc(byte[] payload) {
        CRC32 crc = new CRC32();
        crc.update(payload);
        return (int) crc.getValue();
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new StateStoreException("Cannot close " + file + ": " + e.getMessage(), e);
        }
    }
}
