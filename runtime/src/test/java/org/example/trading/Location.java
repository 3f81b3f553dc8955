package org.example.trading;

public abstract class Location extends dev.charter.runtime.resource.Concept {

    private String country;

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }
}
