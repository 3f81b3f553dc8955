package dev.charter.runtime.resource;

/** An instance of a model class — a resource or a concept — which knows its model type. */
public sealed interface Typed permits Resource, Concept {

    /**
     * The qualified model type of this instance, e.g. {@code org.example.trading.Commodity}; written as
     * {@code $class} on the wire. The {@code $} keeps it clear of getters generated from model fields.
     */
    String $class();
}
