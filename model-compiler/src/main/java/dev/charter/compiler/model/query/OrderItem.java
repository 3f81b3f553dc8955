package dev.charter.compiler.model.query;

import dev.charter.compiler.diagnostic.SourceLocation;

/** One field of {@code ORDER BY}; the direction is ascending unless {@code DESC} is written. */
public record OrderItem(Operand.FieldPath path, SortDirection direction, SourceLocation location) {

    public enum SortDirection {
        ASC,
        DESC
    }
}
