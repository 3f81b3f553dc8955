package dev.charter.compiler.check.query;

import dev.charter.compiler.model.Declaration.ClassDeclaration;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.TypeRef;
import dev.charter.compiler.model.query.Condition;
import dev.charter.compiler.model.query.Operand.FieldPath;
import dev.charter.compiler.model.query.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A comparison or CONTAINS of a query with where its field paths start: at the selected type, or
 * inside {@code array CONTAINS (…)} at the array's element. Never an AND or OR: those are
 * walked through.
 */
record ScopedCondition(Condition condition, PathRoot root) {

    /** The field the condition tests: the compared field, or the array of a CONTAINS. */
    FieldPath field() {
        if (condition instanceof Condition.Comparison comparison) {
            return comparison.field();
        }
        if (condition instanceof Condition.Contains contains) {
            return contains.array();
        }
        return ((Condition.ContainsMatch) condition).array();
    }

    /** The field's resolution in this condition's scope. */
    FieldResolution resolve(Network network) {
        return FieldResolution.resolve(network, root, field());
    }

    /** The selected type, when it is a declared class; otherwise no field of the query can be resolved. */
    static Optional<ClassDeclaration> selected(Network network, Query query) {
        return query.select().type() instanceof TypeRef.DeclaredRef ref
                ? network.type(ref.qualifiedName()).filter(ClassDeclaration.class::isInstance).map(ClassDeclaration.class::cast)
                : Optional.empty();
    }

    /** Every comparison and CONTAINS of the query's WHERE whose scope is known, in the order written. */
    static List<ScopedCondition> of(Network network, Query query) {
        List<ScopedCondition> scoped = new ArrayList<>();
        Optional<ClassDeclaration> selected = selected(network, query);
        if (selected.isPresent() && query.select().where().isPresent()) {
            collect(network, query.select().where().get(), new PathRoot.Type(selected.get()), scoped);
        }
        return scoped;
    }

    private static void collect(Network network, Condition condition, PathRoot root, List<ScopedCondition> into) {
        if (condition instanceof Condition.Logical logical) {
            collect(network, logical.left(), root, into);
            collect(network, logical.right(), root, into);
            return;
        }
        ScopedCondition scoped = new ScopedCondition(condition, root);
        into.add(scoped);
        // Inside array CONTAINS (…) paths start at the array's element; a non-array is reported by
        // ContainsNonArrayCheck, and an unresolved array by UnknownQueryFieldCheck, so neither is entered.
        if (condition instanceof Condition.ContainsMatch match
                && scoped.resolve(network) instanceof FieldResolution.Found found && found.type().array()) {
            PathRoot elements = found.type() instanceof FieldType.ClassField concept
                    ? new PathRoot.Type(concept.declaration())
                    : new PathRoot.Leaf(match.array().text(), found.type());
            collect(network, match.element(), elements, into);
        }
    }
}
