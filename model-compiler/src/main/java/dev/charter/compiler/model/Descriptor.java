package dev.charter.compiler.model;

/**
 * A network's name, version and description, from {@code charter.json} or Composer's
 * {@code package.json}; {@code file} is the descriptor's name, or empty when there is none.
 */
public record Descriptor(String name, String version, String description, String file) {
}
