package dev.charter.rest.gateway;

/** Why a gateway operation failed, in terms every transport can map (the REST layer maps them to HTTP statuses). */
public enum Failure {
    /** The request does not conform to the model or the API: which field, what was expected. */
    INVALID,
    /** No identity, or an unknown one. */
    UNAUTHENTICATED,
    /** The access rules do not allow it, or the caller's participant does not exist. */
    FORBIDDEN,
    /** No such resource, transaction or record. */
    NOT_FOUND,
    /** The resource already exists. */
    CONFLICT,
    /** The transaction logic refused it ({@code require}, {@code fail}) or followed a relationship to nothing. */
    REJECTED,
    /** A bug in the logic or the gateway; the message names the exception. */
    INTERNAL
}
