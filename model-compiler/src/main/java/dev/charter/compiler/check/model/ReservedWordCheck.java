package dev.charter.compiler.check.model;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.diagnostic.SourceLocation;
import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.Declaration.ClassDeclaration;
import dev.charter.compiler.model.Declaration.EnumDeclaration;
import dev.charter.compiler.model.Declaration.EnumValue;
import dev.charter.compiler.model.Decorator;
import dev.charter.compiler.model.ModelFile;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.Property;
import java.util.List;
import java.util.Set;

/**
 * Composer's parser takes every name in a model (namespace segments, types, properties, enum
 * values, decorators) as a JavaScript identifier, which excludes the ECMAScript 5 reserved words.
 * Its parser did not apply strict mode, so implements, interface, let, package, private,
 * protected, public, static and yield stay usable, as they were in Composer.
 */
@CheckInfo(summary = "JavaScript reserved words used as a namespace segment, type, property, enum value or decorator name.",
        reports = Code.RESERVED_WORD)
public final class ReservedWordCheck implements Check {

    /** ECMAScript 5.1 keywords, future reserved words and literals: Composer's ReservedWord rule. */
    static final Set<String> RESERVED = Set.of("break", "case", "catch", "class", "const", "continue", "debugger",
            "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for", "function", "if",
            "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try",
            "typeof", "var", "void", "while", "with");

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        for (ModelFile file : network.userModelFiles()) {
            for (String segment : file.namespace().split("\\.")) {
                if (RESERVED.contains(segment)) {
                    diagnostics.report(Code.RESERVED_WORD, file.namespaceLocation(), segment,
                            "a part of namespace " + file.namespace());
                }
            }
            for (Declaration declaration : file.declarations()) {
                check(declaration.name(), declaration.location(), "a type", diagnostics);
                decorators(declaration.decorators(), diagnostics);
                if (declaration instanceof ClassDeclaration type) {
                    for (Property property : type.properties()) {
                        check(property.name(), property.location(), (property instanceof Property.Relationship
                                ? "a relationship of " : "a field of ") + type.name(), diagnostics);
                        decorators(property.decorators(), diagnostics);
                    }
                } else if (declaration instanceof EnumDeclaration enumeration) {
                    for (EnumValue value : enumeration.values()) {
                        check(value.name(), value.location(), "a value of enum " + enumeration.name(), diagnostics);
                        decorators(value.decorators(), diagnostics);
                    }
                }
            }
        }
    }

    private static void decorators(List<Decorator> decorators, Diagnostics diagnostics) {
        for (Decorator decorator : decorators) {
            check(decorator.name(), decorator.location(), "a decorator", diagnostics);
        }
    }

    private static void check(String name, SourceLocation location, String what, Diagnostics diagnostics) {
        if (RESERVED.contains(name)) {
            diagnostics.report(Code.RESERVED_WORD, location, name, what);
        }
    }
}
