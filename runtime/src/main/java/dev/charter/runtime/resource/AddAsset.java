package dev.charter.runtime.resource;

/** Adds its resources to the target asset registry, as Composer's {@code AddAsset} system transaction. */
public class AddAsset extends AssetTransaction {

    public static final String TYPE = "org.hyperledger.composer.system.AddAsset";

    public AddAsset() {
    }

    @Override
    public String $class() {
        return TYPE;
    }
}
