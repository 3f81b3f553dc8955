package dev.charter.runtime.logic;

import dev.charter.runtime.contract.LogicFailure;
import dev.charter.runtime.json.IsoTime;
import dev.charter.runtime.resource.Relationship;
import dev.charter.runtime.resource.Resource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The semantics of logic operators, written once for every generated handler: value equality
 * (numbers by value, resources and relationships by type and identifier), ordering, list
 * operations that tolerate absent optional arrays, string building and DateTime arithmetic.
 */
public final class Logic {

    private Logic() {
    }

    /** {@code require condition else message}. */
    public static void require(Boolean condition, String message) {
        if (!Boolean.TRUE.equals(condition)) {
            throw new LogicFailure(message);
        }
    }

    /** {@code ==}: numbers by value whatever their width, resources and relationships by what they point to. */
    public static boolean equal(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return isIntegral(x) && isIntegral(y) ? x.longValue() == y.longValue() : x.doubleValue() == y.doubleValue();
        }
        String keyA = key(a);
        String keyB = key(b);
        if (keyA != null && keyB != null) {
            return keyA.equals(keyB);
        }
        return a.equals(b);
    }

    /** {@code <}, {@code <=}, {@code >}, {@code >=}: numbers, DateTimes and Strings. */
    public static int compare(Object a, Object b) {
        if (a == null || b == null) {
            throw new LogicFailure("Cannot compare " + a + " with " + b + ": a value is missing");
        }
        if (a instanceof Number x && b instanceof Number y) {
            return isIntegral(x) && isIntegral(y) ? Long.compare(x.longValue(), y.longValue())
                    : Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Instant x && b instanceof Instant y) {
            return x.compareTo(y);
        }
        return ((String) a).compareTo((String) b);
    }

    /** {@code x in list} and {@code list.contains(x)}; an absent list contains nothing. */
    public static boolean contains(Collection<?> list, Object element) {
        return indexOf(list, element) >= 0;
    }

    /** {@code list.indexOf(x)}: -1 when absent, comparing as {@code ==} does. */
    public static int indexOf(Collection<?> list, Object element) {
        if (list == null) {
            return -1;
        }
        int index = 0;
        for (Object item : list) {
            if (equal(item, element)) {
                return index;
            }
            index++;
        }
        return -1;
    }

    /** {@code list.size}; an absent optional array has no elements. */
    public static int size(Collection<?> list) {
        return list == null ? 0 : list.size();
    }

    /** What {@code for} iterates: an absent optional array is empty. */
    public static <T> List<T> iterable(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** A list literal: mutable, and it may hold absent values. */
    @SafeVarargs
    public static <T> List<T> list(T... elements) {
        return new ArrayList<>(Arrays.asList(elements));
    }

    /** A list with the elements of another, typed for where it goes. */
    public static <T> List<T> copy(Collection<? extends T> list) {
        return list == null ? null : new ArrayList<>(list);
    }

    /** {@code list += x}: the list with the element added (a new list when the array was absent). */
    public static <T> List<T> appended(List<T> list, T element) {
        List<T> result = list == null ? new ArrayList<>() : list;
        result.add(element);
        return result;
    }

    /** {@code list += other}: the list with every element of the other added. */
    public static <T> List<T> appendedAll(List<T> list, Collection<? extends T> elements) {
        List<T> result = list == null ? new ArrayList<>() : list;
        if (elements != null) {
            result.addAll(elements);
        }
        return result;
    }

    /** {@code list -= x}: the list without the elements equal to x. */
    public static <T> List<T> removed(List<T> list, Object element) {
        if (list != null) {
            list.removeIf(item -> equal(item, element));
        }
        return list;
    }

    /** A relationship to a resource, or the relationship itself, typed for the field it is stored in. */
    @SuppressWarnings("unchecked")
    public static <T extends Resource> Relationship<T> ref(Object value) {
        if (value == null || value instanceof Relationship<?>) {
            return (Relationship<T>) value;
        }
        return (Relationship<T>) Relationship.to((Resource) value);
    }

    /** Relationships to each element of a list of resources or relationships. */
    public static <T extends Resource> List<Relationship<T>> refs(Collection<?> values) {
        if (values == null) {
            return null;
        }
        List<Relationship<T>> result = new ArrayList<>(values.size());
        for (Object value : values) {
            result.add(ref(value));
        }
        return result;
    }

    /**
     * JavaScript's truth of a value, for the presence tests of Composer's ACL conditions
     * ({@code r.authorized && …}): absent, false, empty Strings and zero are false, anything else true.
     */
    public static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return d != 0 && !Double.isNaN(d);
        }
        return true;
    }

    /** {@code x.getIdentifier()} on a resource or a relationship, without reading the state. */
    public static String identifier(Object value) {
        if (value instanceof Relationship<?> relationship) {
            return relationship.id();
        }
        return ((Resource) Objects.requireNonNull(value, "identifier of a missing value")).$identifier();
    }

    /** {@code ns.Type#id} of a resource or a relationship. */
    public static String qualifiedIdentifier(Object value) {
        return key(Objects.requireNonNull(value, "identifier of a missing value"));
    }

    /** {@code a + b} where one side is a String: DateTimes as ISO-8601, resources as {@code ns.Type#id}. */
    public static String concat(Object a, Object b) {
        return text(a) + text(b);
    }

    public static Long toLong(Number value) {
        return value == null ? null : value.longValue();
    }

    public static Double toDouble(Number value) {
        return value == null ? null : value.doubleValue();
    }

    /** DateTime arithmetic, e.g. {@code tx.timestamp.plusDays(30)}; negative amounts go back in time. */
    public static Instant plus(Instant time, Number amount, Duration unit) {
        return time.plus(unit.multipliedBy(amount.longValue()));
    }

    private static String text(Object value) {
        if (value instanceof Instant instant) {
            return IsoTime.format(instant);
        }
        String key = key(value);
        return key != null ? key : String.valueOf(value);
    }

    private static String key(Object value) {
        if (value instanceof Resource resource) {
            return resource.$class() + "#" + resource.$identifier();
        }
        if (value instanceof Relationship<?> relationship) {
            return relationship.type() + "#" + relationship.id();
        }
        return null;
    }

    private static boolean isIntegral(Number n) {
        return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte;
    }
}
