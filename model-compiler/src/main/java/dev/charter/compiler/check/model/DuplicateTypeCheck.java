package dev.charter.compiler.check.model;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.Network;
import java.util.HashMap;
import java.util.Map;

/** Composer's "Duplicate class name": one namespace cannot declare a type name twice. */
@CheckInfo(summary = "Two types of one name in one namespace.", reports = Code.DUPLICATE_TYPE)
public final class DuplicateTypeCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        Map<String, Declaration> first = new HashMap<>();
        for (Declaration declaration : network.userDeclarations()) {
            Declaration earlier = first.putIfAbsent(declaration.qualifiedName(), declaration);
            if (earlier != null) {
                diagnostics.report(Code.DUPLICATE_TYPE, declaration.location(), declaration.name(),
                        declaration.namespace(), earlier.location());
            }
        }
    }
}
