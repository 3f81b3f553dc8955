package dev.charter.compiler.check.model;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.Declaration.EnumDeclaration;
import dev.charter.compiler.model.Declaration.EnumValue;
import dev.charter.compiler.model.Network;
import java.util.HashSet;
import java.util.Set;

/** Composer's duplicate field rule applied to enums: each value is listed once. */
@CheckInfo(summary = "An enum that lists one value twice.", reports = Code.DUPLICATE_ENUM_VALUE)
public final class DuplicateEnumValueCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        for (Declaration declaration : network.userDeclarations()) {
            if (declaration instanceof EnumDeclaration enumeration) {
                Set<String> seen = new HashSet<>();
                for (EnumValue value : enumeration.values()) {
                    if (!seen.add(value.name())) {
                        diagnostics.report(Code.DUPLICATE_ENUM_VALUE, value.location(), enumeration.name(), value.name());
                    }
                }
            }
        }
    }
}
