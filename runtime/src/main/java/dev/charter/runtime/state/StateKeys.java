package dev.charter.runtime.state;

/**
 * Where the runtime keeps things in the state: {@code resource/<qualified type>/<id>} for assets and
 * participants (under their concrete type), {@code transaction/<id>} and {@code historian/<id>}.
 * Type names contain no {@code /}, so ids may: the prefix of a type is unambiguous.
 */
public final class StateKeys {

    private StateKeys() {
    }

    /** {@code resource/<type>/}: the prefix under which all resources of one concrete type live. */
    public static String resourcePrefix(String qualifiedType) {
        return "resource/" + qualifiedType + "/";
    }

    public static String resource(String qualifiedType, String id) {
        return resourcePrefix(qualifiedType) + id;
    }

    public static String transaction(String transactionId) {
        return "transaction/" + transactionId;
    }

    public static String historian(String transactionId) {
        return "historian/" + transactionId;
    }

    /**
     * True for a record: a committed transaction ({@code transaction/<id>}) or its historian record
     * ({@code historian/<id>}). The commit of the transaction they describe writes them, once, and nothing
     * changes them after, so their value is their whole history: stores keep no history for them
     * ({@link StateStore}).
     */
    public static boolean isRecord(String key) {
        return key.startsWith("transaction/") || key.startsWith("historian/");
    }
}
