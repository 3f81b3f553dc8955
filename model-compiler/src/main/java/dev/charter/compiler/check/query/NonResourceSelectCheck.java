package dev.charter.compiler.check.query;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.TypeRef;
import dev.charter.compiler.model.query.Query;

/** Only resources live in registries; concepts, enums and events are never stored on their own. */
@CheckInfo(summary = "A query that selects a concept, enum or event rather than an asset, participant or transaction.",
        reports = Code.QUERY_SELECTS_NON_RESOURCE)
public final class NonResourceSelectCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        network.queries().ifPresent(file -> {
            for (Query query : file.queries()) {
                if (query.select().type() instanceof TypeRef.DeclaredRef ref) {
                    network.type(ref.qualifiedName())
                            .filter(d -> !d.kind().isResource())
                            .ifPresent(d -> diagnostics.report(Code.QUERY_SELECTS_NON_RESOURCE, ref.location(),
                                    query.name(), d.kind().keyword(), d.name()));
                }
            }
        });
    }
}
