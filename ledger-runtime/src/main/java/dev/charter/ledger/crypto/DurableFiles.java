package dev.charter.ledger.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files all or nothing: to a temporary file in the same directory, synced to disk, then moved
 * into place atomically. Files that hold private keys are readable by their owner only (0600) from the
 * moment they exist, and never overwritten.
 */
public final class DurableFiles {

    private DurableFiles() {
    }

    /**
     * Writes a new file readable by its owner only (0600 on POSIX file systems), for private keys.
     *
     * @throws FileAlreadyExistsException when {@code path} exists
     */
    public static void writeSecret(Path path, byte[] content) throws IOException {
        Path target = path.toAbsolutePath();
        if (Files.exists(target)) {
            throw exists(path);
        }
        Files.createDirectories(target.getParent());
        boolean posix = target.getFileSystem().supportedFileAttributeViews().contains("posix");
        Path temporary = temporary(target, content, posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0]);
        try {
            if (Files.exists(target)) {
                throw exists(path);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Writes {@code path}, replacing what it held in one step. */
    public static void replace(Path path, byte[] content) throws IOException {
        Path target = path.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temporary = temporary(target, content);
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path temporary(Path target, byte[] content, FileAttribute<?>... attributes) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp", attributes);
        try (FileChannel channel = FileChannel.open(temporary, Set.of(StandardOpenOption.WRITE))) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return temporary;
    }

    private static FileAlreadyExistsException exists(Path path) {
        return new FileAlreadyExistsException(path.toString(), null, "it exists; remove it first to replace it");
    }
}
