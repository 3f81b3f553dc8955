package org.example.trading;

import java.time.Instant;

public class Trader extends dev.charter.runtime.resource.Participant {
    public static final String TYPE = "org.example.trading.Trader";

    private String tradeId;
    private String firstName;
    private String lastName;
    private Boolean active = true;
    private Instant memberSince;

    public Trader() {
    }

    @Override
    public String $class() {
        return TYPE;
    }

    @Override
    public String $identifier() {
        return tradeId;
    }

    public String getTradeId() {
        return tradeId;
    }

    public void setTradeId(String tradeId) {
        this.tradeId = tradeId;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    public Instant getMemberSince() {
        return memberSince;
    }

    public void setMemberSince(Instant memberSince) {
        this.memberSince = memberSince;
    }
}
