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
    private final boolean alreadyExists;

    private RegistryException(String collectionId, String objectId, boolean alreadyExists) {
        super("Object with ID '" + objectId + "' in collection with ID '" + collectionId + "' "
                + (alreadyExists ? "already exists" : "does not exist"));
        this.collectionId = collectionId;
        this.objectId = objectId;
        this.alreadyExists = alreadyExists;
    }

    static RegistryException alreadyExists(String collectionId, String objectId) {
        return new RegistryException(collectionId, objectId, true);
    }

    static RegistryException doesNotExist(String collectionId, String objectId) {
        return new RegistryException(collectionId, objectId, false);
    }

    /** True when an add found the object already there; false when an operation found it missing. */
    public boolean alreadyExists() {
        return alreadyExists;
    }

    /** {@code Asset:<qualified type>} or {@code Participant:<qualified type>}. */
    public String collectionId() {
        return collectionId;
    }

    public String objectId() {
        return objectId;
    }
}
