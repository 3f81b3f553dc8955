package dev.charter.compiler.check.model;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.Declaration.ClassDeclaration;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.Property;
import java.util.HashSet;
import java.util.Set;

@CheckInfo(summary = "A class with two fields of one name, or a field that repeats an inherited one.",
        reports = {Code.DUPLICATE_FIELD, Code.INHERITED_FIELD_REDECLARED})
public final class DuplicateFieldCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        for (Declaration declaration : network.userDeclarations()) {
            if (!(declaration instanceof ClassDeclaration type)) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (Property property : type.properties()) {
                if (!seen.add(property.name())) {
                    diagnostics.report(Code.DUPLICATE_FIELD, property.location(), type.name(), property.name());
                    continue;
                }
                for (ClassDeclaration ancestor : network.ancestors(type)) {
                    if (ancestor.property(property.name()).isPresent()) {
                        diagnostics.report(Code.INHERITED_FIELD_REDECLARED, property.location(), type.name(),
                                property.name(), ancestor.name());
                        break;
                    }
                }
            }
        }
    }
}
