package dev.charter.runtime.context;

import dev.charter.runtime.NetworkException;
import dev.charter.runtime.resource.Relationship;

/** A relationship whose resource does not exist when transaction logic follows it. */
public class DanglingRelationshipException extends NetworkException {

    private static final long serialVersionUID = 1L;

    private final transient Relationship<?> relationship;

    public DanglingRelationshipException(String message, Relationship<?> relationship) {
        super(message);
        this.relationship = relationship;
    }

    /** The relationship that points to nothing (null when it was not set at all). */
    public Relationship<?> relationship() {
        return relationship;
    }
}
