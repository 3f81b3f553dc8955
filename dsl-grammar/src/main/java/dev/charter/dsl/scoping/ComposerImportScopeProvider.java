package dev.charter.dsl.scoping;

import dev.charter.dsl.SystemModel;
import dev.charter.dsl.charter.NamespaceFile;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;

/**
 * Composer's name visibility: a file sees its own namespace (in every file that declares it, so
 * a {@code .logic} file sees the types of its {@code .cto}), what it imports ({@code ns.Type} or
 * {@code ns.*}), and the system namespace; any type can also be named by its full name.
 */
public class ComposerImportScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

    private static final QualifiedName SYSTEM = QualifiedName.create(SystemModel.NAMESPACE.split("\\."));

    @Override
    protected List<ImportNormalizer> getImplicitImports(boolean ignoreCase) {
        return List.of(new ImportNormalizer(SYSTEM, true, ignoreCase));
    }

    @Override
    protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
        List<ImportNormalizer> resolvers = super.internalGetImportedNamespaceResolvers(context, ignoreCase);
        if (context instanceof NamespaceFile file && file.getName() != null) {
            List<ImportNormalizer> withOwn = new ArrayList<>(resolvers);
            withOwn.add(new ImportNormalizer(QualifiedName.create(file.getName().split("\\.")), true, ignoreCase));
            return withOwn;
        }
        return resolvers;
    }
}
