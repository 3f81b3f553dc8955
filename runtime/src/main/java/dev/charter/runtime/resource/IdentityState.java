package dev.charter.runtime.resource;

/** The life cycle of an {@link Identity} (Composer's {@code org.hyperledger.composer.system.IdentityState}). */
public enum IdentityState {
    ISSUED,
    BOUND,
    ACTIVATED,
    REVOKED
}
