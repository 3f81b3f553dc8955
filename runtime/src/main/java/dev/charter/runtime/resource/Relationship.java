package dev.charter.runtime.resource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A typed pointer to a resource (Composer's {@code -->}), written {@code resource:ns.Type#id} on
 * the wire. Immutable; equal when type and id are equal.
 *
 * <p>As in Composer, the id is written with JavaScript's {@code encodeURI} and read with
 * {@code decodeURIComponent}, so ids with spaces or non-ASCII characters survive a round trip.
 *
 * @param <T> the declared type of the relationship; the actual {@link #type()} may be a subtype
 */
public final class Relationship<T extends Resource> {

    private static final String SCHEME = "resource:";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final String type;
    private final String id;
    private final String uri;

    private Relationship(String type, String id, String uri) {
        this.type = type;
        this.id = id;
        this.uri = uri;
    }

    /** A relationship to the resource of the given qualified type and id. */
    public static <T extends Resource> Relationship<T> of(String type, String id) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (!isQualifiedName(type, 0, type.length())) {
            throw new IllegalArgumentException("Invalid relationship type '" + type
                    + "': expected a qualified type name such as org.acme.Commodity");
        }
        if (id.isEmpty()) {
            throw new IllegalArgumentException("Invalid relationship to " + type + ": the id is empty");
        }
        return new Relationship<>(type, id, SCHEME + type + "#" + encodeUri(id));
    }

    /** A relationship to the given resource, by its {@code $class} and identifier. */
    public static <T extends Resource> Relationship<T> to(T resource) {
        String id = resource.$identifier();
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("Cannot relate to an instance of " + resource.$class()
                    + " that has no identifier");
        }
        return of(resource.$class(), id);
    }

    /**
     * Reads {@code resource:ns.Type#id}; as Composer did, the {@code resource:} scheme may be left out.
     *
     * @throws IllegalArgumentException naming the text and the expected form when it is malformed
     */
    public static <T extends Resource> Relationship<T> parse(String text) {
        Objects.requireNonNull(text, "text");
        int start = text.startsWith(SCHEME) ? SCHEME.length() : 0;
        int hash = text.indexOf('#', start);
        if (hash < 0 || hash == text.length() - 1 || !isQualifiedName(text, start, hash)) {
            throw malformed(text);
        }
        String type = text.substring(start, hash);
        String encodedId = text.substring(hash + 1);
        String id = encodedId.indexOf('%') < 0 ? encodedId : decodeUriComponent(encodedId, text);
        String canonicalId = encodeUri(id);
        // The text is kept as the wire form when it already is canonical, the usual case.
        String uri = start == SCHEME.length() && canonicalId.equals(encodedId) ? text
                : SCHEME + type + "#" + canonicalId;
        return new Relationship<>(type, id, uri);
    }

    /** The qualified type of the resource pointed to, e.g. {@code org.example.trading.Trader}. */
    public String type() {
        return type;
    }

    /** The identifier of the resource pointed to. */
    public String id() {
        return id;
    }

    /** True when this relationship points to the given resource. */
    public boolean pointsTo(Resource resource) {
        return resource != null && type.equals(resource.$class()) && id.equals(resource.$identifier());
    }

    /** The wire form, {@code resource:ns.Type#id}. */
    @Override
    public String toString() {
        return uri;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Relationship<?> other && type.equals(other.type) && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + id.hashCode();
    }

    private static IllegalArgumentException malformed(String text) {
        return new IllegalArgumentException("Invalid relationship '" + text
                + "': expected resource:<namespace>.<Type>#<id>");
    }

    /** Dotted Java-like identifiers with at least one dot: {@code ns.Type}. */
    private static boolean isQualifiedName(String s, int from, int to) {
        boolean dot = false;
        boolean partStart = true;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (partStart) {
                    return false;
                }
                dot = true;
                partStart = true;
            } else if (partStart ? Character.isJavaIdentifierStart(c) : Character.isJavaIdentifierPart(c)) {
                partStart = false;
            } else {
                return false;
            }
        }
        return dot && !partStart;
    }

    /** JavaScript's {@code encodeURI}: ids made of letters, digits and URI punctuation are left as they are. */
    static String encodeUri(String id) {
        int i = 0;
        while (i < id.length() && isUriSafe(id.charAt(i))) {
            i++;
        }
        if (i == id.length()) {
            return id;
        }
        StringBuilder out = new StringBuilder(id.length() + 16).append(id, 0, i);
        for (; i < id.length(); i++) {
            char c = id.charAt(i);
            if (isUriSafe(c)) {
                out.append(c);
                continue;
            }
            int codePoint = c;
            if (Character.isHighSurrogate(c) && i + 1 < id.length() && Character.isLowSurrogate(id.charAt(i + 1))) {
                codePoint = Character.toCodePoint(c, id.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("Invalid relationship id: it contains a lone surrogate character");
            }
            for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isUriSafe(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-_.!~*'();/?:@&=+$,#".indexOf(c) >= 0;
    }

    /** JavaScript's {@code decodeURIComponent}: %XX sequences are UTF-8 bytes. */
    private static String decodeUriComponent(String encoded, String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            if (encoded.charAt(i) != '%') {
                int end = encoded.indexOf('%', i);
                end = end < 0 ? encoded.length() : end;
                bytes.writeBytes(encoded.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
                continue;
            }
            if (i + 2 >= encoded.length()) {
                throw malformed(text);
            }
            int hi = Character.digit(encoded.charAt(i + 1), 16);
            int lo = Character.digit(encoded.charAt(i + 2), 16);
            if (hi < 0 || lo < 0) {
                throw malformed(text);
            }
            bytes.write(hi << 4 | lo);
            i += 2;
        }
        byte[] raw = bytes.toByteArray();
        String decoded = new String(raw, StandardCharsets.UTF_8);
        if (!java.util.Arrays.equals(decoded.getBytes(StandardCharsets.UTF_8), raw)) {
            throw malformed(text);
        }
        return decoded;
    }
}
