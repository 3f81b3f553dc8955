package dev.charter.runtime.state;

import java.util.Comparator;

/**
 * The order of state keys: bytewise on their UTF-8 encoding, which is Unicode code point order. It
 * differs from {@link String#compareTo} only for characters beyond U+FFFF, which UTF-16 sorts before
 * U+E000..U+FFFF; this comparator fixes that up without encoding anything.
 */
public final class KeyOrder {

    /** Compares keys as their UTF-8 bytes would compare. */
    public static final Comparator<String> UTF8 = KeyOrder::compare;

    private KeyOrder() {
    }

    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (x >= 0xD800 && y >= 0xD800) {
                    // Surrogates (code points above U+FFFF) must sort after U+E000..U+FFFF.
                    x = (char) (x >= 0xE000 ? x - 0x800 : x + 0x2000);
                    y = (char) (y >= 0xE000 ? y - 0x800 : y + 0x2000);
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }
}
