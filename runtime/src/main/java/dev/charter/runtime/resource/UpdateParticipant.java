package dev.charter.runtime.resource;

/** Updates its resources in the target participant registry, as Composer's {@code UpdateParticipant} system transaction. */
public class UpdateParticipant extends ParticipantTransaction {

    public static final String TYPE = "org.hyperledger.composer.system.UpdateParticipant";

    public UpdateParticipant() {
    }

    @Override
    public String $class() {
        return TYPE;
    }
}
