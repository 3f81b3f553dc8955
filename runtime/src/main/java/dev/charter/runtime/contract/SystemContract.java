package dev.charter.runtime.contract;

import dev.charter.runtime.NetworkException;
import dev.charter.runtime.context.TransactionContext;
import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.model.TypeInfo;
import dev.charter.runtime.registry.Registry;
import dev.charter.runtime.resource.AddAsset;
import dev.charter.runtime.resource.AddParticipant;
import dev.charter.runtime.resource.AssetTransaction;
import dev.charter.runtime.resource.ParticipantTransaction;
import dev.charter.runtime.resource.RegistryTransaction;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.resource.RemoveAsset;
import dev.charter.runtime.resource.RemoveParticipant;
import dev.charter.runtime.resource.Resource;
import dev.charter.runtime.resource.Transaction;
import dev.charter.runtime.resource.UpdateAsset;
import dev.charter.runtime.resource.UpdateParticipant;
import java.util.List;
import java.util.Set;

/**
 * The handlers of Composer's registry system transactions — {@code AddAsset}, {@code UpdateAsset},
 * {@code RemoveAsset} and their participant twins — which every network has without writing logic.
 * Clients (the REST API's create, update and delete) submit them like any transaction, so that a change
 * to a registry is signed, ordered, access-checked (CREATE on the system transaction, then CREATE,
 * UPDATE or DELETE on each resource) and recorded by the historian.
 *
 * <p>The target registry is named as in Composer: {@code resource:org.hyperledger.composer.system.AssetRegistry#<type>},
 * and holds exactly that concrete type, as the runtime's {@link Registry} does.
 */
final class SystemContract implements Contract {

    static final SystemContract INSTANCE = new SystemContract();

    private static final Set<String> TYPES = Set.of(AddAsset.TYPE, UpdateAsset.TYPE, RemoveAsset.TYPE,
            AddParticipant.TYPE, UpdateParticipant.TYPE, RemoveParticipant.TYPE);

    private SystemContract() {
    }

    @Override
    public boolean handles(String transactionType) {
        return TYPES.contains(transactionType);
    }

    @Override
    public Object execute(TransactionContext context, Transaction transaction) {
        RegistryTransaction change = (RegistryTransaction) transaction;
        boolean assets = change instanceof AssetTransaction;
        List<? extends Resource> resources = assets ? ((AssetTransaction) change).getResources()
                : ((ParticipantTransaction) change).getResources();
        Registry<Resource> registry = target(context, change, assets);
        for (Resource resource : resources) {
            if (!resource.$class().equals(registry.type().qualifiedName())) {
                throw new NetworkException(resource + " cannot be changed in registry " + registry.id() + ", which holds "
                        + registry.type().qualifiedName() + " only");
            }
            if (change instanceof AddAsset || change instanceof AddParticipant) {
                registry.add(resource);
            } else if (change instanceof UpdateAsset || change instanceof UpdateParticipant) {
                registry.update(resource);
            } else {
                registry.remove(resource);
            }
        }
        List<String> ids = change instanceof RemoveAsset remove ? remove.getResourceIds()
                : change instanceof RemoveParticipant remove ? remove.getResourceIds() : null;
        if (ids != null) {
            ids.forEach(registry::remove);
        }
        return null;
    }

    private static Registry<Resource> target(TransactionContext context, RegistryTransaction change, boolean assets) {
        Relationship<?> target = change.getTargetRegistry();
        String expected = assets ? AssetTransaction.REGISTRY_TYPE : ParticipantTransaction.REGISTRY_TYPE;
        if (!target.type().equals(expected)) {
            throw new NetworkException(change.$class() + " needs a target registry of type " + expected + ", not "
                    + target.type());
        }
        if (target.id().startsWith(ModelInfo.SYSTEM_NAMESPACE + ".")) {
            throw new NetworkException("The registry of " + target.id() + " belongs to the system and cannot be changed by "
                    + change.$class());
        }
        Registry<Resource> registry;
        try {
            registry = context.registry(target.id());
        } catch (IllegalArgumentException e) {
            throw new NetworkException("There is no registry of " + target.id() + ": " + e.getMessage(), e);
        }
        if ((registry.type().kind() == TypeInfo.Kind.ASSET) != assets) {
            throw new NetworkException(change.$class() + " cannot change registry " + registry.id() + ": use "
                    + (assets ? "AddParticipant, UpdateParticipant or RemoveParticipant" : "AddAsset, UpdateAsset or RemoveAsset"));
        }
        return registry;
    }
}
