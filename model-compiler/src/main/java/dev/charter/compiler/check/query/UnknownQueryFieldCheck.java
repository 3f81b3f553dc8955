package dev.charter.compiler.check.query;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.check.Suggestions;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Declaration.ClassDeclaration;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.Property;
import dev.charter.compiler.model.query.OrderItem;
import dev.charter.compiler.model.query.Operand.FieldPath;
import dev.charter.compiler.model.query.Query;
import java.util.Optional;

@CheckInfo(summary = "WHERE and ORDER BY paths that name no field of the selected type or of the concepts it holds.",
        reports = Code.QUERY_UNKNOWN_FIELD)
public final class UnknownQueryFieldCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        network.queries().ifPresent(file -> {
            for (Query query : file.queries()) {
                Optional<ClassDeclaration> selected = ScopedCondition.selected(network, query);
                if (selected.isEmpty()) {
                    continue;
                }
                for (ScopedCondition scoped : ScopedCondition.of(network, query)) {
                    report(network, query, scoped.field(), scoped.resolve(network), diagnostics);
                }
                for (OrderItem item : query.select().orderBy()) {
                    report(network, query, item.path(), FieldResolution.resolve(network, selected.get(), item.path()),
                            diagnostics);
                }
            }
        });
    }

    private static void report(Network network, Query query, FieldPath path, FieldResolution resolution,
            Diagnostics diagnostics) {
        if (resolution instanceof FieldResolution.NoSuchField missing) {
            String segment = path.segments().get(missing.segment());
            diagnostics.report(Code.QUERY_UNKNOWN_FIELD, path.segmentLocations().get(missing.segment()), query.name(),
                    missing.ownerText(), segment, Suggestions.didYouMean(segment,
                            network.allProperties(missing.owner()).stream().map(Property::name).toList()));
        } else if (resolution instanceof FieldResolution.NoFields leaf) {
            diagnostics.report(Code.QUERY_UNKNOWN_FIELD, path.segmentLocations().get(leaf.segment()), query.name(),
                    leaf.through() + " (" + leaf.type().describe() + ")", path.segments().get(leaf.segment()),
                    leaf.type() instanceof FieldType.RelationshipField ? "; queries cannot follow relationships" : "");
        }
    }
}
