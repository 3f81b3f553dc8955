package dev.charter.compiler.check.query;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.check.Suggestions;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.TypeRef;
import dev.charter.compiler.model.query.Query;
import java.util.List;

@CheckInfo(summary = "A query that selects a type no model declares.", reports = Code.QUERY_UNKNOWN_TYPE)
public final class UnknownSelectedTypeCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        network.queries().ifPresent(file -> {
            for (Query query : file.queries()) {
                // An empty name is what a syntax error left; that error is reported already.
                if (query.select().type() instanceof TypeRef.UnresolvedRef ref && !ref.written().isEmpty()) {
                    diagnostics.report(Code.QUERY_UNKNOWN_TYPE, ref.location(), query.name(), ref.written(),
                            suggestion(network, ref.written()));
                }
            }
        });
    }

    /** A query file has no namespace and no imports: types are named in full, so suggest full names. */
    private static String suggestion(Network network, String written) {
        String simple = written.substring(written.lastIndexOf('.') + 1);
        List<String> sameName = network.types().values().stream().filter(d -> d.name().equals(simple))
                .map(Declaration::qualifiedName).toList();
        return sameName.size() == 1 ? ". Did you mean '" + sameName.get(0) + "'?"
                : Suggestions.didYouMean(written, network.types().keySet());
    }
}
