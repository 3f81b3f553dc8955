package dev.charter.runtime.query;

import dev.charter.runtime.NetworkException;

/** A query that cannot run as asked: an unknown query, a missing or mistyped parameter, a foreign cursor. */
public final class QueryException extends NetworkException {

    private static final long serialVersionUID = 1L;

    public QueryException(String message) {
        super(message);
    }
}
