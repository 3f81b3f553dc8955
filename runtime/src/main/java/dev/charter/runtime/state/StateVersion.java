package dev.charter.runtime.state;

import java.util.Arrays;
import java.util.Objects;

/** One version of a key in its history: the value a transaction wrote, or (value null) its deletion. */
public record StateVersion(String transactionId, byte[] value) {

    public StateVersion {
        Objects.requireNonNull(transactionId, "transactionId");
    }

    public boolean isDeletion() {
        return value == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StateVersion other && transactionId.equals(other.transactionId)
                && Arrays.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return 31 * transactionId.hashCode() + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return transactionId + (isDeletion() ? ": deleted" : ": " + value.length + " bytes");
    }
}
