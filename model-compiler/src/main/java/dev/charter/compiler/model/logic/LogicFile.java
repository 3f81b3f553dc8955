package dev.charter.compiler.model.logic;

import java.util.List;

/** One {@code .logic} file: its namespace, handlers and functions. */
public record LogicFile(String path, String namespace, List<Handler> handlers, List<LogicFunction> functions) {

    public LogicFile {
        handlers = List.copyOf(handlers);
        functions = List.copyOf(functions);
    }
}
