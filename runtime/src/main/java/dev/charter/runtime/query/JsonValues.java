package dev.charter.runtime.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Parameters given as JSON (by the REST layer or the CLI) as the plain Java values queries compare. */
final class JsonValues {

    private JsonValues() {
    }

    /** A JSON value as String, BigDecimal, Boolean or List; any other object unchanged. */
    static Object plain(Object value) {
        if (!(value instanceof JsonNode node)) {
            return value;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isArray()) {
            List<Object> elements = new ArrayList<>(node.size());
            node.forEach(e -> elements.add(plain(e)));
            return elements;
        }
        return node.toString();
    }
}
