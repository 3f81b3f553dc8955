package dev.charter.dsl.scoping;

import com.google.common.base.Predicate;
import com.google.common.collect.Iterables;
import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.charter.dsl.SystemModel;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.DefaultGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.SimpleScope;

/**
 * The network's own types plus Composer's system model, which every network implicitly imports: the
 * system types come from the one {@link SharedSystemModel}, not from a copy in each resource set.
 */
public class SystemModelGlobalScope extends DefaultGlobalScopeProvider {

    @Inject
    private Provider<SharedSystemModel> system;

    @Override
    protected IScope getScope(Resource context, boolean ignoreCase, EClass type, Predicate<IEObjectDescription> filter) {
        IScope own = super.getScope(context, ignoreCase, type, filter);
        if (SystemModel.URI.equals(context.getURI())) {
            return own; // the system model links within itself
        }
        Iterable<IEObjectDescription> exported = system.get().description().getExportedObjectsByType(type);
        return new SimpleScope(own, filter == null ? exported : Iterables.filter(exported, filter), ignoreCase);
    }
}
