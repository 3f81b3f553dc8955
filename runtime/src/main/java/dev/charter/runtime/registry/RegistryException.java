package dev.charter.runtime.registry;

import dev.charter.runtime.NetworkException;

/**
 * An object that a registry operation expected to be absent (add) or present (get, update, remove),
 * in Composer's words: {@code Object with ID 'ABC' in collection with ID 'Asset:org.acme.Commodity' does not exist}.
 */
public class RegistryException extends NetworkException {

    private static final long serialVersionUID = 1L;

    private final String collectionId;
    private final String objectId;

    private RegistryException(String collectionId, String objectId, String what) {
        super("Object with ID '" + objectId + "' in collection with ID '" + collectionId + "' " + what);
        this.collectionId = collectionId;
        this.objectId = objectId;
    }

    static RegistryException alreadyExists(String collectionId, String objectId) {
        return new RegistryException(collectionId, objectId, "already exists");
    }

    static RegistryException doesNotExist(String collectionId, String objectId) {
        return new RegistryException(collectionId, objectId, "does not exist");
    }

    /** {@code Asset:<qualified type>} or {@code Participant:<qualified type>}. */
    public String collectionId() {
        return collectionId;
    }

    public String objectId() {
        return objectId;
    }
}
