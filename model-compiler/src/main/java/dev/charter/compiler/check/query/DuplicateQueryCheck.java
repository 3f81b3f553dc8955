package dev.charter.compiler.check.query;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.query.Query;
import java.util.HashSet;
import java.util.Set;

@CheckInfo(summary = "Two queries with the same name.", reports = Code.DUPLICATE_QUERY)
public final class DuplicateQueryCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        network.queries().ifPresent(file -> {
            Set<String> seen = new HashSet<>();
            for (Query query : file.queries()) {
                if (!seen.add(query.name())) {
                    diagnostics.report(Code.DUPLICATE_QUERY, query.location(), query.name());
                }
            }
        });
    }
}
