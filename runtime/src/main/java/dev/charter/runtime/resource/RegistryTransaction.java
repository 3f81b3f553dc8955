package dev.charter.runtime.resource;

/**
 * Composer's system transactions that change a registry ({@code org.hyperledger.composer.system.RegistryTransaction}):
 * the registry is named by a relationship whose id is the qualified type it holds, such as
 * {@code resource:org.hyperledger.composer.system.AssetRegistry#org.acme.Commodity}.
 */
public abstract class RegistryTransaction extends Transaction {

    public static final String TYPE = "org.hyperledger.composer.system.RegistryTransaction";

    private Relationship<Asset> targetRegistry;

    public Relationship<Asset> getTargetRegistry() {
        return targetRegistry;
    }

    public void setTargetRegistry(Relationship<Asset> targetRegistry) {
        this.targetRegistry = targetRegistry;
    }
}
