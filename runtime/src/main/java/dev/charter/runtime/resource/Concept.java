package dev.charter.runtime.resource;

/** The base of every generated concept class: structured values without identity, stored inside resources. */
public abstract non-sealed class Concept implements Typed {

    @Override
    public String toString() {
        return $class();
    }
}
