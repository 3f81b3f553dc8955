package dev.charter.runtime.resource;

/** A certificate bound to a participant ({@code org.hyperledger.composer.system.Identity}). */
public class Identity extends Asset {

    public static final String TYPE = "org.hyperledger.composer.system.Identity";

    private String identityId;
    private String name;
    private String issuer;
    private String certificate;
    private IdentityState state;
    private Relationship<Participant> participant;

    public Identity() {
    }

    public String getIdentityId() {
        return identityId;
    }

    public void setIdentityId(String identityId) {
        this.identityId = identityId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getCertificate() {
        return certificate;
    }

    public void setCertificate(String certificate) {
        this.certificate = certificate;
    }

    public IdentityState getState() {
        return state;
    }

    public void setState(IdentityState state) {
        this.state = state;
    }

    public Relationship<Participant> getParticipant() {
        return participant;
    }

    public void setParticipant(Relationship<Participant> participant) {
        this.participant = participant;
    }

    @Override
    public String $class() {
        return TYPE;
    }

    @Override
    public String $identifier() {
        return identityId;
    }
}
