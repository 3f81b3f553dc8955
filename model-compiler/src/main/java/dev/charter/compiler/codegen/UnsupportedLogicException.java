package dev.charter.compiler.codegen;

/** Logic the checker accepts but the code generator cannot translate yet; the message says where. */
public final class UnsupportedLogicException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnsupportedLogicException(String message) {
        super(message);
    }
}
