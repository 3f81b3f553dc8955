package dev.charter.runtime.resource;

import java.util.List;

/** A system transaction on a asset registry ({@code org.hyperledger.composer.system.AssetTransaction}). */
public abstract class AssetTransaction extends RegistryTransaction {

    /** The registry type of {@code targetRegistry}: {@code org.hyperledger.composer.system.AssetRegistry}. */
    public static final String REGISTRY_TYPE = "org.hyperledger.composer.system.AssetRegistry";

    private List<Asset> resources;

    public List<Asset> getResources() {
        return resources;
    }

    public void setResources(List<Asset> resources) {
        this.resources = resources;
    }
}
