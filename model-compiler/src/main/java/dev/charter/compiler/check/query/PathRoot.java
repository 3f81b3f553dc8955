package dev.charter.compiler.check.query;

import dev.charter.compiler.model.Declaration.ClassDeclaration;

/** Where a query's field paths start: at a type, or at the elements of an array whose elements have no fields. */
sealed interface PathRoot {

    /** Paths name fields of {@code declaration}: the selected type, or the concept of an array in CONTAINS (…). */
    record Type(ClassDeclaration declaration) implements PathRoot {
    }

    /**
     * Paths inside {@code array CONTAINS (…)} where the array holds values without fields
     * (primitives, enums, relationships): every path there is an error.
     */
    record Leaf(String array, FieldType arrayType) implements PathRoot {
    }
}
