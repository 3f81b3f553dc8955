package dev.charter.runtime.resource;

/** Updates its resources in the target asset registry, as Composer's {@code UpdateAsset} system transaction. */
public class UpdateAsset extends AssetTransaction {

    public static final String TYPE = "org.hyperledger.composer.system.UpdateAsset";

    public UpdateAsset() {
    }

    @Override
    public String $class() {
        return TYPE;
    }
}
