package org.example.trading;

public class Port extends Location {
    public static final String TYPE = "org.example.trading.Port";

    private String portCode;

    public Port() {
    }

    @Override
    public String $class() {
        return TYPE;
    }

    public String getPortCode() {
        return portCode;
    }

    public void setPortCode(String portCode) {
        this.portCode = portCode;
    }
}
