package dev.charter.compiler.check.model;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.check.Suggestions;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.ModelFile;
import dev.charter.compiler.model.Network;
import java.util.List;

/** Composer validates every import: its namespace must be declared, and a named type must exist in it. */
@CheckInfo(summary = "Imports of a namespace no model file declares, or of a type that namespace does not have.",
        reports = {Code.UNKNOWN_IMPORTED_NAMESPACE, Code.UNKNOWN_IMPORTED_TYPE})
public final class UnknownImportCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        List<String> namespaces = network.modelFiles().stream().map(ModelFile::namespace).distinct().toList();
        for (ModelFile file : network.userModelFiles()) {
            for (ModelFile.Import imported : file.imports()) {
                if (!network.hasNamespace(imported.namespace())) {
                    diagnostics.report(Code.UNKNOWN_IMPORTED_NAMESPACE, imported.location(), imported.text(),
                            imported.namespace(), Suggestions.didYouMean(imported.namespace(), namespaces));
                    continue;
                }
                String name = imported.typeName().orElse(null);
                if (name != null && network.type(imported.namespace() + "." + name).isEmpty()) {
                    List<String> names = network.typesIn(imported.namespace()).stream().map(Declaration::name).toList();
                    diagnostics.report(Code.UNKNOWN_IMPORTED_TYPE, imported.location(), imported.text(),
                            imported.namespace(), name, Suggestions.didYouMean(name, names));
                }
            }
        }
    }
}
