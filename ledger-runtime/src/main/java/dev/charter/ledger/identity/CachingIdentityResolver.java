package dev.charter.ledger.identity;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Remembers the identities another resolver knows while the state it reads them from stays the same: a node's
 * admission resolves the same few identities for thousands of transactions between two blocks, and each
 * resolution reads the identity's record and its participant from the state. The remembered answers are
 * dropped as soon as {@code version} changes (after each block), so a revocation or a removed participant is
 * seen by the first resolution after the block that made it. Only known identities are remembered: an
 * unknown or revoked id is resolved again every time, so made-up ids cannot fill the memory. Thread-safe.
 */
public final class CachingIdentityResolver implements IdentityResolver {

    private record Generation(long version, Map<String, Resolution.Known> known) {
    }

    private final IdentityResolver resolver;
    private final LongSupplier version;
    private final AtomicReference<Generation> current;

    /**
     * @param version the state's version: it must change after every change of the state, once the change can be
     *     read (e.g. {@link dev.charter.ledger.store.RocksStateStore#version()})
     */
    public CachingIdentityResolver(IdentityResolver resolver, LongSupplier version) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.version = Objects.requireNonNull(version, "version");
        this.current = new AtomicReference<>(new Generation(version.getAsLong(), new ConcurrentHashMap<>()));
    }

    @Override
    public Resolution resolve(String identityId) {
        // Read the version first: whatever is resolved after it is at least as new as that version.
        long now = version.getAsLong();
        Generation generation = current.get();
        if (generation.version() != now) {
            Generation next = new Generation(now, new ConcurrentHashMap<>());
            generation = current.compareAndSet(generation, next) ? next : current.get();
        }
        Resolution.Known remembered = generation.known().get(identityId);
        if (remembered != null && generation.version() == now) {
            return remembered;
        }
        Resolution resolution = resolver.resolve(identityId);
        if (resolution instanceof Resolution.Known known && generation.version() == now) {
            generation.known().put(identityId, known);
        }
        return resolution;
    }
}
