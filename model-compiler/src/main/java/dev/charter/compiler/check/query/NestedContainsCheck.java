package dev.charter.compiler.check.query;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.query.Condition;
import dev.charter.compiler.model.query.Query;

/** Composer's query engine keeps one CONTAINS scope at a time. */
@CheckInfo(summary = "A CONTAINS inside the condition of another CONTAINS.", reports = Code.QUERY_NESTED_CONTAINS)
public final class NestedContainsCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        network.queries().ifPresent(file -> {
            for (Query query : file.queries()) {
                query.select().where().ifPresent(where -> where.walk()
                        .filter(Condition.ContainsMatch.class::isInstance)
                        .flatMap(outer -> ((Condition.ContainsMatch) outer).element().walk())
                        .filter(inner -> inner instanceof Condition.Contains || inner instanceof Condition.ContainsMatch)
                        .forEach(inner -> diagnostics.report(Code.QUERY_NESTED_CONTAINS, inner.location(), query.name())));
            }
        });
    }
}
