package dev.charter.rest.generator;

/** A network the REST generator cannot serve as asked; the message says why and what to do instead. */
public class RestGenerationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RestGenerationException(String message) {
        super(message);
    }
}
