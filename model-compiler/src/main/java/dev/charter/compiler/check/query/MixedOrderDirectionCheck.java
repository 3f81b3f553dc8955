package dev.charter.compiler.check.query;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.query.OrderItem;
import dev.charter.compiler.model.query.Query;
import java.util.List;

/** CouchDB, which Composer's queries ran on, sorts an index in one direction only. */
@CheckInfo(summary = "ORDER BY with some fields ascending and others descending.", reports = Code.QUERY_MIXED_ORDER)
public final class MixedOrderDirectionCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        network.queries().ifPresent(file -> {
            for (Query query : file.queries()) {
                List<OrderItem> items = query.select().orderBy();
                items.stream().filter(item -> item.direction() != items.get(0).direction()).findFirst()
                        .ifPresent(item -> diagnostics.report(Code.QUERY_MIXED_ORDER, item.location(), query.name()));
            }
        });
    }
}
