package dev.charter.compiler.check.query;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.query.Condition;
import dev.charter.compiler.model.query.Query;

@CheckInfo(summary = "CONTAINS on a field that is not an array.", reports = Code.QUERY_CONTAINS_NON_ARRAY)
public final class ContainsNonArrayCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        network.queries().ifPresent(file -> {
            for (Query query : file.queries()) {
                for (ScopedCondition scoped : ScopedCondition.of(network, query)) {
                    if (!(scoped.condition() instanceof Condition.Comparison)
                            && scoped.resolve(network) instanceof FieldResolution.Found found && !found.type().array()) {
                        diagnostics.report(Code.QUERY_CONTAINS_NON_ARRAY, scoped.field().location(), query.name(),
                                scoped.field().text(), found.type().describe());
                    }
                }
            }
        });
    }
}
