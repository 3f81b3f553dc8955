package dev.charter.compiler.check.model;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.Declaration.ClassDeclaration;
import dev.charter.compiler.model.Declaration.EnumDeclaration;
import dev.charter.compiler.model.Declaration.EnumValue;
import dev.charter.compiler.model.Decorator;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.Property;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Composer's "Duplicate decorator": a type, property or enum value carries each decorator once. */
@CheckInfo(summary = "The same decorator twice on one type, property or enum value.", reports = Code.DUPLICATE_DECORATOR)
public final class DuplicateDecoratorCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        for (Declaration declaration : network.userDeclarations()) {
            check(declaration.kind().title() + " " + declaration.name(), declaration.decorators(), diagnostics);
            if (declaration instanceof ClassDeclaration type) {
                for (Property property : type.properties()) {
                    String kind = property instanceof Property.Relationship ? "Relationship " : "Field ";
                    check(kind + property.name() + " of " + type.name(), property.decorators(), diagnostics);
                }
            } else if (declaration instanceof EnumDeclaration enumeration) {
                for (EnumValue value : enumeration.values()) {
                    check("Value " + value.name() + " of enum " + enumeration.name(), value.decorators(), diagnostics);
                }
            }
        }
    }

    private static void check(String element, List<Decorator> decorators, Diagnostics diagnostics) {
        Set<String> seen = new HashSet<>();
        for (Decorator decorator : decorators) {
            if (!seen.add(decorator.name())) {
                diagnostics.report(Code.DUPLICATE_DECORATOR, decorator.location(), element, decorator.name());
            }
        }
    }
}
