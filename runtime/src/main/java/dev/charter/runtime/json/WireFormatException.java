package dev.charter.runtime.json;

import dev.charter.runtime.NetworkException;

/** JSON that cannot be read as (or an object that cannot be written as) Composer's wire format. */
public class WireFormatException extends NetworkException {

    private static final long serialVersionUID = 1L;

    public WireFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
