package dev.charter.runtime.state;

/**
 * A store that cannot do its job (an I/O error, a lost connection). Unlike a transaction's own
 * failures it says nothing about the transaction, so the executor passes it on instead of recording
 * the transaction as failed — another node's store may well succeed.
 */
public class StateStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StateStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
