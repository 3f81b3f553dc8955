package dev.charter.compiler.model.query;

import dev.charter.compiler.diagnostic.SourceLocation;
import dev.charter.compiler.model.TypeRef;
import java.util.List;
import java.util.Optional;

/**
 * {@code SELECT ns.Type [FROM registry] [WHERE condition] [ORDER BY …] [LIMIT n] [SKIP n]}.
 * Limit and skip are kept as written (any operand) so that a check can say what is wrong with them.
 *
 * @param type the selected type as linked: resolved or as written
 */
public record Select(TypeRef type, Optional<String> registry, Optional<Condition> where, List<OrderItem> orderBy,
        Optional<Operand> limit, Optional<Operand> skip, SourceLocation location) {

    public Select {
        orderBy = List.copyOf(orderBy);
    }
}
