package dev.charter.compiler.check.query;

import dev.charter.compiler.check.Check;
import java.util.List;

/** The checks of queries (queries.qry). */
public final class QueryChecks {

    public static final List<Check> ALL = List.of(
            new DuplicateQueryCheck(),
            new UnknownSelectedTypeCheck(),
            new NonResourceSelectCheck(),
            new UnknownQueryFieldCheck(),
            new QueryTypeMismatchCheck(),
            new ContainsNonArrayCheck(),
            new NestedContainsCheck(),
            new ParameterConflictCheck(),
            new MixedOrderDirectionCheck(),
            new UnsortableFieldCheck(),
            new InvalidPagingCheck());

    private QueryChecks() {
    }
}
