package dev.charter.ledger.store;

/** The block store cannot be read or written: an I/O error, or a block file damaged where no crash can explain it. */
public class BlockStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BlockStoreException(String message) {
        super(message);
    }

    public BlockStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
