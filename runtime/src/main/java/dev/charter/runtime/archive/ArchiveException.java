package dev.charter.runtime.archive;

/**
 * A network archive that cannot be opened — not a jar, altered since it was written, or holding
 * classes that do not match its model; the message names the archive and what is wrong with it.
 */
public class ArchiveException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ArchiveException(String message) {
        super(message);
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
