package dev.charter.rest.gateway;

/** A live subscription to committed blocks; closing it stops delivery. */
public interface Subscription extends AutoCloseable {
    @Override
    void close();
}
