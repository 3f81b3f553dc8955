package dev.charter.ledger.card;

/** A card file that cannot be read, with the file and the problem in its message. */
public class CardException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CardException(String message) {
        super(message);
    }
}
