package dev.charter.runtime.read;

import dev.charter.runtime.NetworkException;

/** A read that cannot be answered as asked: a type, query or item that does not exist, or a request that makes no sense. */
public final class ReadException extends NetworkException {

    private static final long serialVersionUID = 1L;

    /** Why the read failed. */
    public enum Kind {
        /** The network has no such type or query. */
        NOT_FOUND,
        /** The request cannot be answered: the wrong kind of type, page fields that do not fit. */
        INVALID
    }

    private final Kind kind;

    public ReadException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
