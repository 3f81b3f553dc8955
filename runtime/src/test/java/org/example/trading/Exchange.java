package org.example.trading;

public enum Exchange {
    Euronext,
    NYSE,
    LSE
}
