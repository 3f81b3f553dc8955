package dev.charter.compiler.check.model;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.check.Suggestions;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.Declaration.ClassDeclaration;
import dev.charter.compiler.model.Decorator;
import dev.charter.compiler.model.Decorator.Argument;
import dev.charter.compiler.model.ModelFile;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.Primitive;
import dev.charter.compiler.model.Property;
import java.util.ArrayList;
import java.util.List;

/**
 * The decorators a Composer business network gives meaning to: {@code @returns(Type)} declares
 * what a transaction returns and must name one known type, {@code @commit(false)} marks a
 * transaction that is not committed and takes one boolean, and {@code @readonly} takes no
 * argument or one boolean (Composer's releases read it both ways). Other decorators are free.
 */
@CheckInfo(summary = "@returns, @commit and @readonly decorators with arguments Composer rejects, and @returns types that are not declared.",
        reports = {Code.DECORATOR_ARGUMENTS, Code.RETURNS_UNDECLARED_TYPE})
public final class DecoratorArgumentCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        for (ModelFile file : network.userModelFiles()) {
            List<String> visible = UndeclaredTypeCheck.visibleNames(network, file);
            for (Declaration declaration : file.declarations()) {
                String owner = declaration.kind().keyword() + " " + declaration.name();
                check(network, visible, owner, declaration.decorators(), diagnostics);
                if (declaration instanceof ClassDeclaration type) {
                    for (Property property : type.properties()) {
                        String kind = property instanceof Property.Relationship ? "relationship " : "field ";
                        check(network, visible, kind + property.name() + " of " + type.name(), property.decorators(),
                                diagnostics);
                    }
                }
            }
        }
    }

    private static void check(Network network, List<String> visible, String owner, List<Decorator> decorators,
            Diagnostics diagnostics) {
        for (Decorator decorator : decorators) {
            List<Argument> arguments = decorator.arguments();
            switch (decorator.name()) {
                case "returns" -> {
                    if (arguments.size() != 1 || arguments.get(0).kind() != Argument.Kind.TYPE) {
                        diagnostics.report(Code.DECORATOR_ARGUMENTS, decorator.location(), decorator.name(), owner,
                                "one type, such as String or Asset[]", written(arguments));
                    } else if (!resolves(network, visible, arguments.get(0).text())) {
                        String type = arguments.get(0).text();
                        List<String> candidates = new ArrayList<>(visible);
                        for (Primitive primitive : Primitive.values()) {
                            candidates.add(primitive.modelName());
                        }
                        diagnostics.report(Code.RETURNS_UNDECLARED_TYPE, decorator.location(), owner, type,
                                Suggestions.didYouMean(type, candidates));
                    }
                }
                case "commit" -> {
                    if (arguments.size() != 1 || arguments.get(0).kind() != Argument.Kind.BOOLEAN) {
                        diagnostics.report(Code.DECORATOR_ARGUMENTS, decorator.location(), decorator.name(), owner,
                                "one argument, true or false", written(arguments));
                    }
                }
                case "readonly" -> {
                    if (arguments.size() > 1 || arguments.size() == 1 && arguments.get(0).kind() != Argument.Kind.BOOLEAN) {
                        diagnostics.report(Code.DECORATOR_ARGUMENTS, decorator.location(), decorator.name(), owner,
                                "no argument, or true or false", written(arguments));
                    }
                }
                default -> {
                    // Any other decorator is the model author's own metadata.
                }
            }
        }
    }

    /** A primitive, a type visible by simple name, or a declared type by qualified name. */
    private static boolean resolves(Network network, List<String> visible, String type) {
        return Primitive.byModelName(type).isPresent() || visible.contains(type)
                || type.contains(".") && network.type(type).isPresent();
    }

    private static String written(List<Argument> arguments) {
        if (arguments.size() != 1) {
            return arguments.isEmpty() ? "no argument" : arguments.size() + " arguments";
        }
        Argument argument = arguments.get(0);
        return argument.kind() == Argument.Kind.STRING ? "the string \"" + argument.text() + "\""
                : argument.text() + (argument.array() ? "[]" : "");
    }
}
