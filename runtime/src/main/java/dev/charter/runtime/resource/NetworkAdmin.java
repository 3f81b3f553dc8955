package dev.charter.runtime.resource;

/** The administrator participant created when a network is deployed ({@code org.hyperledger.composer.system.NetworkAdmin}). */
public class NetworkAdmin extends Participant {

    public static final String TYPE = "org.hyperledger.composer.system.NetworkAdmin";

    private String participantId;

    public NetworkAdmin() {
    }

    public NetworkAdmin(String participantId) {
        this.participantId = participantId;
    }

    public String getParticipantId() {
        return participantId;
    }

    public void setParticipantId(String participantId) {
        this.participantId = participantId;
    }

    @Override
    public String $class() {
        return TYPE;
    }

    @Override
    public String $identifier() {
        return participantId;
    }
}
