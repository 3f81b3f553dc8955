package dev.charter.runtime.validation;

import dev.charter.runtime.NetworkException;

/**
 * An instance that does not conform to the model, in Composer's words where Composer had them:
 * {@code Instance org.example.trading.Commodity#ABC missing required field owner}.
 */
public class ValidationException extends NetworkException {

    private static final long serialVersionUID = 1L;

    private String path;

    public ValidationException(String message, String path) {
        super(message);
        this.path = path;
    }

    /**
     * Where in the instance the problem is: field names joined by dots, array positions in brackets
     * ({@code storedAt.country}, {@code tags[1]}); empty when it concerns the instance as a whole.
     */
    public String path() {
        return path;
    }

    /** Adds the enclosing field as the exception travels out of a nested object (as Jackson's paths do). */
    void prependPath(String segment) {
        path = path.isEmpty() ? segment : segment + "." + path;
    }
}
