package dev.charter.ledger.identity;

/** Resolves an identity id to the submitter it acts as. Implementations must be thread-safe. */
@FunctionalInterface
public interface IdentityResolver {

    /** Never throws for an unknown, revoked or malformed id: those resolve to a {@link Resolution.Refused}. */
    Resolution resolve(String identityId);
}
