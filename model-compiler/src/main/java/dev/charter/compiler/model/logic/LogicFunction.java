package dev.charter.compiler.model.logic;

import dev.charter.compiler.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * {@code function name(p: T, …): R { … }} in a {@code .logic} file: callable from logic and from
 * access rule conditions.
 *
 * @param location where the function's name is written
 */
public record LogicFunction(String namespace, String name, List<Parameter> parameters, Optional<ValueType> returnType,
        Block body, SourceLocation location) {

    public LogicFunction {
        parameters = List.copyOf(parameters);
    }

    public int parameterCount() {
        return parameters.size();
    }
}
