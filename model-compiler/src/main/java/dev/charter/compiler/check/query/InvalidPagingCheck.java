package dev.charter.compiler.check.query;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.query.Operand;
import dev.charter.compiler.model.query.Query;
import dev.charter.compiler.model.query.Value;
import java.util.Optional;

@CheckInfo(summary = "LIMIT or SKIP that is neither a whole number of at least 0 nor a parameter.",
        reports = Code.QUERY_INVALID_PAGING)
public final class InvalidPagingCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        network.queries().ifPresent(file -> {
            for (Query query : file.queries()) {
                check(query, "LIMIT", query.select().limit(), diagnostics);
                check(query, "SKIP", query.select().skip(), diagnostics);
            }
        });
    }

    private static void check(Query query, String clause, Optional<Operand> operand, Diagnostics diagnostics) {
        operand.filter(o -> !valid(o)).ifPresent(o -> diagnostics.report(Code.QUERY_INVALID_PAGING, o.location(),
                query.name(), clause, describe(o)));
    }

    private static boolean valid(Operand operand) {
        return operand instanceof Value.Parameter
                || operand instanceof Value.NumberValue number && number.isNonNegativeInteger();
    }

    private static String describe(Operand operand) {
        if (operand instanceof Operand.FieldPath path) {
            return "the field " + path.text();
        }
        return operand instanceof Value.ListValue ? "a list" : ((Value) operand).display();
    }
}
