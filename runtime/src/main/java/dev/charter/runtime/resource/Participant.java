package dev.charter.runtime.resource;

/** The base of every generated participant class (Composer's {@code org.hyperledger.composer.system.Participant}). */
public abstract non-sealed class Participant extends Resource {
}
