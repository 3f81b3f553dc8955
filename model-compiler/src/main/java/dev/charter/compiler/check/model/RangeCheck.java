package dev.charter.compiler.check.model;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.Declaration.ClassDeclaration;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.Property;
import dev.charter.compiler.model.TypeRef;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Composer's range rules: {@code range=} only on Integer, Long and Double fields, bounds written
 * as numbers of the field's type, at least one bound, and the lower bound not above the upper.
 */
@CheckInfo(summary = "Ranges on non-numeric fields, with bounds of the wrong type, reversed, or with no bound at all.",
        reports = {Code.RANGE_ON_NON_NUMERIC, Code.RANGE_BOUNDS_REVERSED, Code.RANGE_BOUND_NOT_OF_TYPE,
                Code.RANGE_WITHOUT_BOUNDS})
public final class RangeCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        for (Declaration declaration : network.userDeclarations()) {
            if (!(declaration instanceof ClassDeclaration type)) {
                continue;
            }
            for (Property property : type.properties()) {
                if (property instanceof Property.Field field && field.range().isPresent()) {
                    check(type, field, field.range().get(), diagnostics);
                }
            }
        }
    }

    private static void check(ClassDeclaration type, Property.Field field, Property.Range range,
            Diagnostics diagnostics) {
        if (field.type() instanceof TypeRef.UnresolvedRef) {
            return;
        }
        if (!(field.type() instanceof TypeRef.PrimitiveRef ref && ref.primitive().isNumeric())) {
            diagnostics.report(Code.RANGE_ON_NON_NUMERIC, range.location(), field.name(), type.name(),
                    field.type().displayName() + (field.array() ? "[]" : ""));
            return;
        }
        if (range.lower().isEmpty() && range.upper().isEmpty()) {
            diagnostics.report(Code.RANGE_WITHOUT_BOUNDS, range.location(), field.name(), type.name());
            return;
        }
        Optional<BigDecimal> lower = bound(type, field, ref, range, range.lower(), diagnostics);
        Optional<BigDecimal> upper = bound(type, field, ref, range, range.upper(), diagnostics);
        if (lower.isPresent() && upper.isPresent() && lower.get().compareTo(upper.get()) > 0) {
            diagnostics.report(Code.RANGE_BOUNDS_REVERSED, range.location(), field.name(), type.name(),
                    range.lower().orElseThrow(), range.upper().orElseThrow());
        }
    }

    private static Optional<BigDecimal> bound(ClassDeclaration type, Property.Field field, TypeRef.PrimitiveRef ref,
            Property.Range range, Optional<String> written, Diagnostics diagnostics) {
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Optional<BigDecimal> value = NumberLiterals.parse(ref.primitive(), written.get());
        if (value.isEmpty()) {
            diagnostics.report(Code.RANGE_BOUND_NOT_OF_TYPE, range.location(), field.name(), type.name(),
                    ref.displayName(), written.get(), NumberLiterals.expectation(ref.primitive(), written.get()));
        }
        return value;
    }
}
