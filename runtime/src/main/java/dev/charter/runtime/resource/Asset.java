package dev.charter.runtime.resource;

/** The base of every generated asset class (Composer's {@code org.hyperledger.composer.system.Asset}). */
public abstract non-sealed class Asset extends Resource {
}
