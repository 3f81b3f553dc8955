package dev.charter.dsl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Composer's system model ({@code org.hyperledger.composer.system}): the base types every network
 * extends and the system transactions, shipped as a {@code .cto} file and implicitly imported.
 */
public final class SystemModel {

    public static final String NAMESPACE = "org.hyperledger.composer.system";

    /** Where the model lives on the class path. */
    public static final String RESOURCE = "/dev/charter/dsl/system/org.hyperledger.composer.system.cto";

    /** The URI the system model is loaded under; diagnostics never point into it. */
    public static final URI URI = org.eclipse.emf.common.util.URI.createURI("charter-system:/" + NAMESPACE + ".cto");

    private SystemModel() {
    }

    /** Adds the system model to a resource set (once) and returns its resource. */
    public static Resource load(ResourceSet resourceSet) {
        Resource existing = resourceSet.getResource(URI, false);
        if (existing != null) {
            return existing;
        }
        Resource resource = resourceSet.createResource(URI);
        try (InputStream in = SystemModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The system model is missing from the class path: " + RESOURCE);
            }
            resource.load(in, resourceSet.getLoadOptions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resource;
    }
}
