package dev.charter.ledger.tx;

import java.io.IOException;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The JSON Canonicalization Scheme (RFC 8785): object members sorted by their names' UTF-16 code units,
 * no whitespace, numbers as ECMAScript writes them ({@code 1e+30}, {@code 4.5}), strings with the
 * minimal escapes. Equal JSON values have byte-identical canonical forms on every node and in every
 * language with a JCS library, so signatures over them do not depend on how a client formatted its JSON.
 *
 * <p>Uses the implementation published by the RFC's authors ({@code io.github.erdtman:java-json-canonicalization}).
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    /**
     * The canonical UTF-8 bytes of the JSON text {@code json}.
     *
     * @throws IllegalArgumentException when {@code json} is not JSON that RFC 8785 can canonicalise
     *         (e.g. a duplicate member name, or a number outside IEEE 754 double range)
     */
    public static byte[] canonicalize(byte[] json) {
        try {
            return new JsonCanonicalizer(json).getEncodedUTF8();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Not JSON that can be canonicalised (RFC 8785): " + e.getMessage(), e);
        }
    }
}
