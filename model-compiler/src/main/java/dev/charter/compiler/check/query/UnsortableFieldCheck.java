package dev.charter.compiler.check.query;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Declaration.ClassDeclaration;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.query.OrderItem;
import dev.charter.compiler.model.query.Query;
import java.util.Optional;

@CheckInfo(summary = "ORDER BY a field that holds an array, a concept or a relationship rather than a primitive or enum value.",
        reports = Code.QUERY_UNSORTABLE_FIELD)
public final class UnsortableFieldCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        network.queries().ifPresent(file -> {
            for (Query query : file.queries()) {
                Optional<ClassDeclaration> selected = ScopedCondition.selected(network, query);
                if (selected.isEmpty()) {
                    continue;
                }
                for (OrderItem item : query.select().orderBy()) {
                    if (FieldResolution.resolve(network, selected.get(), item.path()) instanceof FieldResolution.Found found
                            && !sortable(found.type())) {
                        diagnostics.report(Code.QUERY_UNSORTABLE_FIELD, item.path().location(), query.name(),
                                item.path().text(), found.type().describe());
                    }
                }
            }
        });
    }

    private static boolean sortable(FieldType type) {
        return !type.array() && (type instanceof FieldType.PrimitiveField || type instanceof FieldType.EnumField);
    }
}
