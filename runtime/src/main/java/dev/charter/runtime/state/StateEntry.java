package dev.charter.runtime.state;

import java.util.Arrays;

/** One key and its current value, as a scan returns it. The array must not be modified. */
public record StateEntry(String key, byte[] value) {

    @Override
    public boolean equals(Object o) {
        return o instanceof StateEntry other && key.equals(other.key) && Arrays.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return key + " (" + value.length + " bytes)";
    }
}
