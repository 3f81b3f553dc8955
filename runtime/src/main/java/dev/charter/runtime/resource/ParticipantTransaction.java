package dev.charter.runtime.resource;

import java.util.List;

/** A system transaction on a participant registry ({@code org.hyperledger.composer.system.ParticipantTransaction}). */
public abstract class ParticipantTransaction extends RegistryTransaction {

    /** The registry type of {@code targetRegistry}: {@code org.hyperledger.composer.system.ParticipantRegistry}. */
    public static final String REGISTRY_TYPE = "org.hyperledger.composer.system.ParticipantRegistry";

    private List<Participant> resources;

    public List<Participant> getResources() {
        return resources;
    }

    public void setResources(List<Participant> resources) {
        this.resources = resources;
    }
}
