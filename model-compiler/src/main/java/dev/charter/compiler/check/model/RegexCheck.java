package dev.charter.compiler.check.model;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.Declaration.ClassDeclaration;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.Primitive;
import dev.charter.compiler.model.Property;
import dev.charter.compiler.model.TypeRef;

/**
 * Composer accepts {@code regex=} only on String fields, and its parser compiles the pattern
 * (a JavaScript regular expression) so that a broken one fails the model; see {@link JsRegex}.
 */
@CheckInfo(summary = "A regex on a field that is not a String, or a regex that does not compile.",
        reports = {Code.REGEX_ON_NON_STRING, Code.INVALID_REGEX})
public final class RegexCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        for (Declaration declaration : network.userDeclarations()) {
            if (!(declaration instanceof ClassDeclaration type)) {
                continue;
            }
            for (Property property : type.properties()) {
                if (property instanceof Property.Field field && field.regex().isPresent()) {
                    check(type, field, field.regex().get(), diagnostics);
                }
            }
        }
    }

    private static void check(ClassDeclaration type, Property.Field field, Property.Regex regex,
            Diagnostics diagnostics) {
        if (field.type() instanceof TypeRef.UnresolvedRef) {
            return;
        }
        if (!(field.type() instanceof TypeRef.PrimitiveRef ref && ref.primitive() == Primitive.STRING)) {
            diagnostics.report(Code.REGEX_ON_NON_STRING, regex.location(), field.name(), type.name(),
                    field.type().displayName() + (field.array() ? "[]" : ""));
            return;
        }
        if (JsRegex.compile(regex.literal()) instanceof JsRegex.Invalid invalid) {
            diagnostics.report(Code.INVALID_REGEX, regex.location(), field.name(), type.name(), regex.literal(),
                    invalid.reason());
        }
    }
}
