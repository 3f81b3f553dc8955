package dev.charter.dsl.scoping;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;
import dev.charter.dsl.SystemModel;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * Composer's system model, parsed and linked once per injector and then only read: every network
 * links against these objects instead of parsing the model again (a third of what checking the
 * Composer samples used to parse). Nothing may change it after construction.
 */
@Singleton
public class SharedSystemModel {

    private final Resource resource;
    private final IResourceDescription description;

    @Inject
    SharedSystemModel(Provider<XtextResourceSet> resourceSets, IResourceDescription.Manager descriptions) {
        XtextResourceSet resourceSet = resourceSets.get();
        resource = SystemModel.load(resourceSet);
        EcoreUtil.resolveAll(resource);
        description = descriptions.getResourceDescription(resource);
        description.getExportedObjects().forEach(exported -> { }); // computed now, while no other thread can see it
    }

    /** The parsed, linked system model. */
    public Resource resource() {
        return resource;
    }

    /** What the system model exports, as the global scope offers it to every network. */
    public IResourceDescription description() {
        return description;
    }
}
