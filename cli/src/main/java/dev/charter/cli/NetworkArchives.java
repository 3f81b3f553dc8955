package dev.charter.cli;

import dev.charter.compiler.NetworkCompiler;
import dev.charter.runtime.archive.ArchiveManifest;
import dev.charter.runtime.archive.NetworkArchive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writing and opening the network archive of a compiled network, for the commands that need one. */
final class NetworkArchives {

    private NetworkArchives() {
    }

    /** Writes the archive of a network that compiled without errors. */
    static ArchiveManifest write(NetworkCompiler.Compilation compilation, Path file) throws IOException {
        return compilation.writeArchive(file);
    }

    /** The archive, opened from a temporary file that is gone again once it is read. */
    static NetworkArchive open(NetworkCompiler.Compilation compilation) throws IOException {
        Path file = Files.createTempFile("charter-", ".cna");
        try {
            write(compilation, file);
            return NetworkArchive.open(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
