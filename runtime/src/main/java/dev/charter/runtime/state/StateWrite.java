package dev.charter.runtime.state;

import java.util.Arrays;
import java.util.Objects;

/** One write of a commit: a new value for a key, or (value null) the key's deletion. */
public record StateWrite(String key, byte[] value) {

    public StateWrite {
        Objects.requireNonNull(key, "key");
    }

    public static StateWrite put(String key, byte[] value) {
        return new StateWrite(key, Objects.requireNonNull(value, "value"));
    }

    public static StateWrite delete(String key) {
        return new StateWrite(key, null);
    }

    public boolean isDelete() {
        return value == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StateWrite other && key.equals(other.key) && Arrays.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return isDelete() ? "delete " + key : "put " + key + " (" + value.length + " bytes)";
    }
}
