package dev.charter.compiler.check.model;

import dev.charter.compiler.check.Check;
import java.util.List;

/** The checks of model (.cto) files. */
public final class ModelChecks {

    public static final List<Check> ALL = List.of(
            new NamespaceCheck(),
            new UnknownImportCheck(),
            new ImportClashCheck(),
            new DuplicateTypeCheck(),
            new ReservedTypeNameCheck(),
            new ReservedWordCheck(),
            new UndeclaredTypeCheck(),
            new SuperTypeCheck(),
            new DuplicateFieldCheck(),
            new IdentifierCheck(),
            new RelationshipTargetCheck(),
            new RegexCheck(),
            new RangeCheck(),
            new DefaultValueCheck(),
            new DuplicateEnumValueCheck(),
            new DuplicateDecoratorCheck(),
            new DecoratorArgumentCheck());

    private ModelChecks() {
    }
}
