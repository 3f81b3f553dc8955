package dev.charter.compiler.load;

import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.load.ParsedNetwork.ParsedFile;
import dev.charter.dsl.charter.CharterPackage.Literals;
import dev.charter.dsl.charter.NamespaceFile;
import dev.charter.dsl.charter.RulesFile;
import java.util.Optional;
import org.eclipse.emf.ecore.EObject;

/** What {@code permissions.acl} and {@code queries.qry} have in common: both parse as a {@link RulesFile}. */
final class RulesFiles {

    private RulesFiles() {
    }

    /**
     * The file's rules and queries; empty for an empty file, or for one that starts with
     * {@code namespace} (a model or logic file in the wrong place), which is reported.
     */
    static Optional<RulesFile> root(ParsedFile file, FileKind kind, Diagnostics diagnostics, Locator at) {
        EObject root = file.resource().getContents().isEmpty() ? null : file.resource().getContents().get(0);
        if (root instanceof NamespaceFile namespaceFile && namespaceFile.getName() != null) {
            diagnostics.report(Code.MISPLACED_CONTENT, at.of(namespaceFile, Literals.NAMESPACE_FILE__NAME),
                    "A namespace", kind.describe(), "types belong in models/*.cto and logic in logic/*.logic");
        }
        return root instanceof RulesFile rules ? Optional.of(rules) : Optional.empty();
    }

    /** True when the parser reported errors in the file; shape checks stay quiet then, to report one problem once. */
    static boolean hasSyntaxErrors(ParsedFile file) {
        return file.resource().getParseResult() != null && file.resource().getParseResult().hasSyntaxErrors();
    }
}
