package dev.charter.compiler.check.model;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.ModelFile;
import dev.charter.compiler.model.Network;
import java.util.HashMap;
import java.util.Map;

/**
 * Composer's model manager keeps one model file per namespace ("Namespace … is already
 * declared") and refuses model files in the system namespace.
 */
@CheckInfo(summary = "A namespace declared by two model files, or a model file in the system namespace.",
        reports = {Code.NAMESPACE_IN_TWO_FILES, Code.SYSTEM_NAMESPACE_DECLARED})
public final class NamespaceCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        Map<String, ModelFile> first = new HashMap<>();
        for (ModelFile file : network.userModelFiles()) {
            if (file.namespace().equals(Network.SYSTEM_NAMESPACE)) {
                diagnostics.report(Code.SYSTEM_NAMESPACE_DECLARED, file.namespaceLocation(), file.namespace());
                continue;
            }
            ModelFile earlier = first.putIfAbsent(file.namespace(), file);
            if (earlier != null) {
                diagnostics.report(Code.NAMESPACE_IN_TWO_FILES, file.namespaceLocation(), file.namespace(),
                        earlier.path(), file.path());
            }
        }
    }
}
