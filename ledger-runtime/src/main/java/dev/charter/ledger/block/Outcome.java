package dev.charter.ledger.block;

import java.util.Objects;

/**
 * What executing one transaction of a block gave, as the block records it: committed, or refused with
 * the reason the submitter is told. A refused transaction stays in the block; it wrote nothing.
 */
public record Outcome(boolean committed, String reason) {

    private static final Outcome COMMITTED = new Outcome(true, null);

    public Outcome {
        if (committed != (reason == null)) {
            throw new IllegalArgumentException("A committed outcome has no reason and a refused one has one");
        }
    }

    public static Outcome ok() {
        return COMMITTED;
    }

    public static Outcome refused(String reason) {
        return new Outcome(false, Objects.requireNonNull(reason, "reason"));
    }

    @Override
    public String toString() {
        return committed ? "committed" : "refused: " + reason;
    }
}
