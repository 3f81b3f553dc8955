package dev.charter.ide.model;

import com.google.common.base.Predicate;
import com.google.common.collect.Iterables;
import com.google.inject.Inject;
import dev.charter.dsl.SystemModel;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.DefaultGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.SimpleScope;

/**
 * The workspace's types plus Composer's system model, which no workspace holds but every network
 * implicitly imports (as {@code charter check} does by loading it from the class path).
 */
public class SystemModelGlobalScopeProvider extends DefaultGlobalScopeProvider {

    @Inject
    private IResourceDescription.Manager descriptions;

    @Override
    protected IScope getScope(Resource context, boolean ignoreCase, EClass type, Predicate<IEObjectDescription> filter) {
        IScope workspace = super.getScope(context, ignoreCase, type, filter);
        if (context.getResourceSet() == null || SystemModel.URI.equals(context.getURI())) {
            return workspace;
        }
        Resource system = SystemModel.load(context.getResourceSet());
        Iterable<IEObjectDescription> exported = descriptions.getResourceDescription(system).getExportedObjectsByType(type);
        return new SimpleScope(workspace, filter == null ? exported : Iterables.filter(exported, filter), ignoreCase);
    }
}
