package dev.charter.runtime.resource;

import java.util.List;

/** Removes its resources and the resources with its ids from the target asset registry ({@code RemoveAsset}). */
public class RemoveAsset extends AssetTransaction {

    public static final String TYPE = "org.hyperledger.composer.system.RemoveAsset";

    private List<String> resourceIds;

    public RemoveAsset() {
    }

    @Override
    public String $class() {
        return TYPE;
    }

    public List<String> getResourceIds() {
        return resourceIds;
    }

    public void setResourceIds(List<String> resourceIds) {
        this.resourceIds = resourceIds;
    }
}
