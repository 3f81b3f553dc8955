package dev.charter.ide.diagnostics;

import dev.charter.compiler.load.NetworkLoader;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the network directory a file belongs to, by the layout {@code charter check} reads. */
public final class NetworkRoots {

    private NetworkRoots() {
    }

    /**
     * The network directory of {@code file}: the parent of the {@code models/} folder holding a
     * {@code .cto}, of the {@code logic/} folder holding a {@code .logic}, or the folder holding
     * {@code permissions.acl} or {@code queries.qry}; empty when the file is in no network.
     */
    public static Optional<Path> of(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        Path fileName = normalized.getFileName();
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.toString();
        if (name.equals("permissions.acl") || name.equals("queries.qry")) {
            return network(normalized.getParent());
        }
        String folder = name.endsWith(".cto") ? "models" : name.endsWith(".logic") ? "logic" : null;
        if (folder == null) {
            return Optional.empty();
        }
        for (Path dir = normalized.getParent(); dir != null; dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals(folder)) {
                Optional<Path> root = network(dir.getParent());
                if (root.isPresent()) {
                    return root;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> network(Path dir) {
        return dir != null && NetworkLoader.hasModelFiles(dir) ? Optional.of(dir) : Optional.empty();
    }
}
