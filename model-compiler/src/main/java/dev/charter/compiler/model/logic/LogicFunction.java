package dev.charter.compiler.model.logic;

import dev.charter.compiler.diagnostic.SourceLocation;

/**
 * A {@code function} declared in a {@code .logic} file, as far as access rule conditions need to
 * know it to resolve a call; the logic model adds parameter and return types.
 *
 * @param location where the function's name is written
 */
public record LogicFunction(String namespace, String name, int parameterCount, SourceLocation location) {
}
