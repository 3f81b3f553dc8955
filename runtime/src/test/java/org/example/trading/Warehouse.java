package org.example.trading;

public class Warehouse extends Location {
    public static final String TYPE = "org.example.trading.Warehouse";

    private String city;

    public Warehouse() {
    }

    @Override
    public String $class() {
        return TYPE;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }
}
