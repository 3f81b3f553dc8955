package dev.charter.runtime.contract;

import dev.charter.runtime.NetworkException;

/**
 * Transaction logic rejecting a transaction ({@code require … else "…"}, {@code fail "…"}); the
 * message reaches the submitter unchanged.
 */
public class LogicFailure extends NetworkException {

    private static final long serialVersionUID = 1L;

    public LogicFailure(String message) {
        super(message);
    }
}
