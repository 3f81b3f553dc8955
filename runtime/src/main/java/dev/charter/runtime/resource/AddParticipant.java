package dev.charter.runtime.resource;

/** Adds its resources to the target participant registry, as Composer's {@code AddParticipant} system transaction. */
public class AddParticipant extends ParticipantTransaction {

    public static final String TYPE = "org.hyperledger.composer.system.AddParticipant";

    public AddParticipant() {
    }

    @Override
    public String $class() {
        return TYPE;
    }
}
