package dev.charter.ledger.identity;

import dev.charter.runtime.NetworkException;

/** An identity operation the network refuses, e.g. binding a certificate twice or revoking an unknown identity. */
public class IdentityException extends NetworkException {

    private static final long serialVersionUID = 1L;

    public IdentityException(String message) {
        super(message);
    }
}
