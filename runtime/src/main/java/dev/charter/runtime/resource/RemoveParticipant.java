package dev.charter.runtime.resource;

import java.util.List;

/** Removes its resources and the resources with its ids from the target participant registry ({@code RemoveParticipant}). */
public class RemoveParticipant extends ParticipantTransaction {

    public static final String TYPE = "org.hyperledger.composer.system.RemoveParticipant";

    private List<String> resourceIds;

    public RemoveParticipant() {
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
