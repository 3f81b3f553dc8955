package dev.charter.runtime.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.state.KeyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A query condition with its field paths resolved and its values bound and encoded: what runs
 * against each candidate's JSON. As with Composer's CouchDB selectors, a comparison with an absent
 * field is false, whatever the operator.
 */
sealed interface Predicate {

    boolean test(JsonNode resource);

    record And(Predicate left, Predicate right) implements Predicate {
        @Override
        public boolean test(JsonNode resource) {
            return left.test(resource) && right.test(resource);
        }
    }

    record Or(Predicate left, Predicate right) implements Predicate {
        @Override
        public boolean test(JsonNode resource) {
            return left.test(resource) || right.test(resource);
        }
    }

    /**
     * {@code field op value}; {@code idOnly} when a relationship is compared with a bare identifier,
     * which compares the identifier alone.
     */
    record Compare(FieldPath field, QueryCondition.Operator operator, String encoded, boolean idOnly)
            implements Predicate {
        @Override
        public boolean test(JsonNode resource) {
            JsonNode value = field.read(resource);
            if (value == null) {
                return false;
            }
            String actual = idOnly ? identifierOf(value) : field.kind().encode(value);
            return actual != null && operator.holds(KeyOrder.compare(actual, encoded));
        }

        private static String identifierOf(JsonNode value) {
            try {
                return value.isTextual() ? ValueKind.string(Relationship.parse(value.textValue()).id()) : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** The array holds every one of the encoded values. */
    record Contains(FieldPath array, List<String> encoded, boolean idOnly) implements Predicate {
        @Override
        public boolean test(JsonNode resource) {
            JsonNode elements = array.read(resource);
            if (elements == null || !elements.isArray()) {
                return false;
            }
            for (String wanted : encoded) {
                boolean found = false;
                for (JsonNode element : elements) {
                    String actual = idOnly ? Compare.identifierOf(element) : array.kind().encode(element);
                    if (wanted.equals(actual)) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Some element of the array satisfies the element predicate. */
    record ContainsMatch(FieldPath array, Predicate element) implements Predicate {
        @Override
        public boolean test(JsonNode resource) {
            JsonNode elements = array.read(resource);
            if (elements == null || !elements.isArray()) {
                return false;
            }
            for (JsonNode e : elements) {
                if (element.test(e)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Resolves and binds a condition on instances of {@code type}.
     *
     * @throws QueryException when a field does not exist, a parameter is missing or of the wrong type
     */
    static Predicate bind(ModelInfo model, String type, QueryCondition condition, Parameters parameters) {
        if (condition instanceof QueryCondition.And and) {
            return new And(bind(model, type, and.left(), parameters), bind(model, type, and.right(), parameters));
        }
        if (condition instanceof QueryCondition.Or or) {
            return new Or(bind(model, type, or.left(), parameters), bind(model, type, or.right(), parameters));
        }
        if (condition instanceof QueryCondition.Compare compare) {
            FieldPath field = FieldPath.resolve(model, type, compare.field());
            Object value = qualified(model, field, parameters.value(compare.value()));
            boolean idOnly = isBareIdentifier(field, value);
            return new Compare(field, compare.operator(), parameters.encode(field, value, idOnly, compare.value()), idOnly);
        }
        if (condition instanceof QueryCondition.Contains contains) {
            FieldPath array = FieldPath.resolve(model, type, contains.array());
            List<Object> values = new ArrayList<>();
            if (contains.value() instanceof QueryValue.ListValue list) {
                list.elements().forEach(e -> values.add(parameters.value(e)));
            } else {
                Object value = parameters.value(contains.value());
                if (value instanceof List<?> given) {
                    values.addAll(given);
                } else {
                    values.add(value);
                }
            }
            boolean idOnly = !values.isEmpty() && values.stream().allMatch(v -> isBareIdentifier(array, v));
            List<String> encoded = values.stream().map(v -> parameters.encode(array, v, idOnly, contains.value())).toList();
            return new Contains(array, encoded, idOnly);
        }
        QueryCondition.ContainsMatch match = (QueryCondition.ContainsMatch) condition;
        FieldPath array = FieldPath.resolve(model, type, match.array());
        if (array.kind() != ValueKind.OBJECT) {
            throw new QueryException("Field " + array.text() + " of " + type + " does not hold concepts: CONTAINS ("
                    + "…) needs an array of concepts");
        }
        return new ContainsMatch(array, bind(model, array.leaf().type(), match.element(), parameters));
    }

    /**
     * A bare identifier compared with a relationship to a type that has no subtypes names exactly one
     * resource: qualified, it compares as a whole relationship (and can use an index).
     */
    private static Object qualified(ModelInfo model, FieldPath field, Object value) {
        if (isBareIdentifier(field, value)) {
            List<String> targets = model.concreteSubtypes(field.leaf().type()).stream().map(t -> t.qualifiedName()).toList();
            if (targets.equals(List.of(field.leaf().type()))) {
                return Relationship.of(field.leaf().type(), (String) value);
            }
        }
        return value;
    }

    private static boolean isBareIdentifier(FieldPath field, Object value) {
        return field.kind() == ValueKind.RELATIONSHIP && value instanceof String s && s.indexOf('#') < 0;
    }

    /** The parameters a query runs with, and the name of the query for messages. */
    record Parameters(String query, Map<String, ?> given) {

        Object value(QueryValue value) {
            if (value instanceof QueryValue.Parameter parameter) {
                if (!given.containsKey(parameter.name()) || given.get(parameter.name()) == null) {
                    throw new QueryException("Query " + query + " needs parameter " + parameter.name());
                }
                return JsonValues.plain(given.get(parameter.name()));
            }
            if (value instanceof QueryValue.Literal literal) {
                return literal.value();
            }
            return ((QueryValue.ListValue) value).elements().stream().map(this::value).toList();
        }

        String encode(FieldPath field, Object value, boolean idOnly, QueryValue written) {
            String encoded = idOnly ? ValueKind.string((String) value) : field.kind().encodeGiven(value);
            if (encoded == null) {
                String what = written instanceof QueryValue.Parameter p ? "Parameter " + p.name() : "Value " + value;
                throw new QueryException(what + " of query " + query + " is compared with " + field.text()
                        + ", a " + field.kind().typeName() + (field.kind() == ValueKind.RELATIONSHIP
                        ? " (give the resource, its identifier or resource:ns.Type#id)" : "")
                        + ", but is " + describe(value));
            }
            return encoded;
        }

        static String describe(Object value) {
            return value instanceof String s ? "\"" + s + "\"" : value + " (" + value.getClass().getSimpleName() + ")";
        }
    }
}
