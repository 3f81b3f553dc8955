package dev.charter.runtime;

/**
 * A failure caused by a business network's data or logic, whose message is written for the
 * network's users (for example "Instance org.acme.Commodity#ABC missing required field owner").
 */
public class NetworkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NetworkException(String message) {
        super(message);
    }

    public NetworkException(String message, Throwable cause) {
        super(message, cause);
    }
}
