package dev.charter.runtime.query;

import dev.charter.runtime.model.ModelInfo;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Query parameters given as text (on a command line, in a URL, in a read request) as the values a plan
 * compares: each parameter is converted to the type of the field it is compared with — a number for
 * Integer, Long and Double fields and for {@code LIMIT} and {@code SKIP}, {@code true}/{@code false} for
 * Boolean ones; strings, enum values, DateTimes (ISO 8601) and relationships stay text.
 */
public final class TextParameters {

    private TextParameters() {
    }

    /**
     * @throws QueryException naming the parameter when the plan has no such parameter, or a value does not
     *     fit the field it is compared with
     */
    public static Map<String, Object> convert(ModelInfo model, QueryPlan plan, Map<String, String> text) {
        Map<String, ValueKind> kinds = new LinkedHashMap<>();
        plan.where().ifPresent(where -> collect(model, plan.type(), where, kinds));
        plan.limit().ifPresent(v -> collect(v, ValueKind.INTEGRAL, kinds));
        plan.skip().ifPresent(v -> collect(v, ValueKind.INTEGRAL, kinds));
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> given : text.entrySet()) {
            ValueKind kind = kinds.get(given.getKey());
            if (kind == null) {
                throw new QueryException("Query " + plan.name() + " has no parameter " + given.getKey()
                        + (kinds.isEmpty() ? "; it takes none" : "; it takes " + String.join(", ", new TreeSet<>(kinds.keySet()))));
            }
            values.put(given.getKey(), value(plan.name(), given.getKey(), kind, given.getValue()));
        }
        return values;
    }

    private static void collect(ModelInfo model, String type, QueryCondition condition, Map<String, ValueKind> kinds) {
        if (condition instanceof QueryCondition.And and) {
            collect(model, type, and.left(), kinds);
            collect(model, type, and.right(), kinds);
        } else if (condition instanceof QueryCondition.Or or) {
            collect(model, type, or.left(), kinds);
            collect(model, type, or.right(), kinds);
        } else if (condition instanceof QueryCondition.Compare compare) {
            collect(compare.value(), FieldPath.resolve(model, type, compare.field()).kind(), kinds);
        } else if (condition instanceof QueryCondition.Contains contains) {
            collect(contains.value(), FieldPath.resolve(model, type, contains.array()).kind(), kinds);
        } else if (condition instanceof QueryCondition.ContainsMatch match) {
            collect(model, FieldPath.resolve(model, type, match.array()).leaf().type(), match.element(), kinds);
        }
    }

    private static void collect(QueryValue value, ValueKind kind, Map<String, ValueKind> kinds) {
        if (value instanceof QueryValue.Parameter parameter) {
            kinds.putIfAbsent(parameter.name(), kind);
        } else if (value instanceof QueryValue.ListValue list) {
            list.elements().forEach(e -> collect(e, kind, kinds));
        }
    }

    private static BigDecimal whole(BigDecimal number) {
        number.toBigIntegerExact();
        return number;
    }

    private static Object value(String query, String name, ValueKind kind, String text) {
        try {
            return switch (kind) {
                case INTEGRAL -> whole(new BigDecimal(text.strip()));
                case DOUBLE -> new BigDecimal(text.strip());
                case BOOLEAN -> switch (text.strip()) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new NumberFormatException();
                };
                default -> text;
            };
        } catch (NumberFormatException | ArithmeticException e) {
            String expected = kind == ValueKind.BOOLEAN ? "true or false" : "a " + kind.typeName();
            throw new QueryException("Parameter " + name + " of query " + query + " must be " + expected + ", not \""
                    + text + "\"");
        }
    }
}
