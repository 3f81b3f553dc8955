package dev.charter.runtime.query.adhoc;

import dev.charter.runtime.model.FieldInfo;
import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.model.PrimitiveType;
import dev.charter.runtime.model.Suggestions;
import dev.charter.runtime.model.TypeInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The compiler's query checks (CTR302–CTR310), on {@link ModelInfo} instead of the compiler's model,
 * with the same messages: an ad-hoc statement is told what a queries.qry statement would be told.
 */
final class Checks {

    private static final List<Function<String, ?>> DATE_PARSERS = List.of(
            Instant::parse, OffsetDateTime::parse, LocalDateTime::parse, LocalDate::parse);

    private final ModelInfo model;
    private final String query;
    private final List<QueryProblem> problems;

    Checks(ModelInfo model, String query, List<QueryProblem> problems) {
        this.model = model;
        this.query = query;
        this.problems = problems;
    }

    /** What a query sees of a field: the field, and whether its value (or element) is the field's type. */
    private record FieldType(FieldInfo field, boolean array) {
        FieldType element() {
            return new FieldType(field, false);
        }
    }

    private String describe(FieldType type) {
        FieldInfo field = type.field();
        boolean array = type.array();
        if (field.relationship()) {
            return (array ? "an array of relationships to " : "a relationship to ") + simple(field.type());
        }
        if (field.primitive() != null) {
            return array ? "an array of " + field.type() : field.type();
        }
        TypeInfo declared = model.require(field.type());
        if (declared.kind() == TypeInfo.Kind.ENUM) {
            return (array ? "an array of enum " : "enum ") + declared.simpleName();
        }
        return (array ? "an array of " : "") + keyword(declared) + " " + declared.simpleName();
    }

    private boolean hasFields(FieldType type) {
        return !type.field().relationship() && type.field().primitive() == null
                && model.require(type.field().type()).kind() != TypeInfo.Kind.ENUM;
    }

    // ---- resolution (FieldResolution) ----

    private sealed interface Resolution {
    }

    private record Found(FieldType type) implements Resolution {
    }

    private record NoSuchField(int segment, String owner, String ownerText) implements Resolution {
    }

    private record NoFields(int segment, String through, FieldType type) implements Resolution {
    }

    /** Where paths start: a type, or the elements of an array without fields (every path there is wrong). */
    private record Root(String type, String leafArray, FieldType leafType) {
    }

    private Resolution resolve(Root root, Ast.Path path) {
        if (root.type() == null) {
            return new NoFields(0, root.leafArray(), root.leafType());
        }
        String owner = root.type();
        String ownerText = simple(owner);
        for (int i = 0; i < path.segments().size(); i++) {
            FieldInfo field = model.field(owner, path.segments().get(i));
            if (field == null) {
                return new NoSuchField(i, owner, ownerText);
            }
            FieldType type = new FieldType(field, field.array());
            if (i == path.segments().size() - 1) {
                return new Found(type);
            }
            String walked = String.join(".", path.segments().subList(0, i + 1));
            if (!hasFields(type)) {
                return new NoFields(i + 1, walked, type);
            }
            owner = field.type();
            ownerText = walked + " (" + describe(type) + ")";
        }
        throw new IllegalStateException("A path has at least one segment");
    }

    // ---- the checks ----

    /** Checks the statement; the selected type, if it can be queried, for the plan. */
    Optional<TypeInfo> check(Ast.Statement statement) {
        Optional<TypeInfo> selected = model.type(statement.type());
        if (selected.isEmpty()) {
            report("CTR302", statement.typePos(), "Query " + query + " selects " + statement.type()
                    + ", which is not declared" + typeSuggestion(statement.type()));
        } else if (!isResource(selected.get())) {
            report("CTR303", statement.typePos(), "Query " + query + " selects " + keyword(selected.get()) + " "
                    + selected.get().simpleName() + ": only assets, participants and transactions can be queried");
        }
        Optional<String> scope = selected.filter(t -> t.kind() != TypeInfo.Kind.ENUM).map(TypeInfo::qualifiedName);
        scope.ifPresent(type -> statement.where().ifPresent(where -> condition(where, new Root(type, null, null), false)));
        List<Ast.OrderItem> order = statement.orderBy();
        for (Ast.OrderItem item : order) {
            scope.ifPresent(type -> {
                Resolution resolution = resolve(new Root(type, null, null), item.path());
                reportUnknown(item.path(), resolution);
                if (resolution instanceof Found found && !sortable(found.type())) {
                    report("CTR310", item.path().pos(), "Query " + query + " orders by " + item.path().text()
                            + ", which is " + describe(found.type()) + "; order by a primitive or enum field");
                }
            });
        }
        order.stream().filter(item -> item.descending() != order.get(0).descending()).findFirst().ifPresent(item ->
                report("CTR306", item.pos(), "Query " + query
                        + " sorts both ascending and descending; sort all fields in one direction"));
        statement.limit().ifPresent(o -> paging("LIMIT", o));
        statement.skip().ifPresent(o -> paging("SKIP", o));
        return selected.filter(Checks::isResource);
    }

    private void condition(Ast.Condition condition, Root root, boolean insideMatch) {
        if (condition instanceof Ast.Logical logical) {
            condition(logical.left(), root, insideMatch);
            condition(logical.right(), root, insideMatch);
            return;
        }
        if (insideMatch && !(condition instanceof Ast.Comparison)) {
            report("CTR307", condition.pos(), "Query " + query + ": CONTAINS cannot be nested inside another CONTAINS");
        }
        Ast.Path field = condition instanceof Ast.Comparison c ? c.field()
                : condition instanceof Ast.Contains c ? c.array() : ((Ast.ContainsMatch) condition).array();
        Resolution resolution = resolve(root, field);
        reportUnknown(field, resolution);
        if (!(resolution instanceof Found found)) {
            if (condition instanceof Ast.ContainsMatch match) {
                nested(match.element());
            }
            return;
        }
        if (condition instanceof Ast.Comparison comparison) {
            compare(comparison, found.type());
            return;
        }
        if (!found.type().array()) {
            report("CTR308", field.pos(), "Query " + query + ": CONTAINS needs an array field, and " + field.text()
                    + " is " + describe(found.type()));
            if (condition instanceof Ast.ContainsMatch match) {
                nested(match.element());
            }
            return;
        }
        if (condition instanceof Ast.Contains contains) {
            contains(contains, found.type());
        } else {
            Ast.ContainsMatch match = (Ast.ContainsMatch) condition;
            Root elements = hasFields(found.type()) ? new Root(found.type().field().type(), null, null)
                    : new Root(null, field.text(), found.type());
            condition(match.element(), elements, true);
        }
    }

    /** Nested CONTAINS inside a CONTAINS (…) whose array is not resolved: still reported, as the compiler does. */
    private void nested(Ast.Condition condition) {
        if (condition instanceof Ast.Logical logical) {
            nested(logical.left());
            nested(logical.right());
        } else if (!(condition instanceof Ast.Comparison)) {
            report("CTR307", condition.pos(), "Query " + query + ": CONTAINS cannot be nested inside another CONTAINS");
            if (condition instanceof Ast.ContainsMatch match) {
                nested(match.element());
            }
        }
    }

    private void compare(Ast.Comparison comparison, FieldType type) {
        String field = comparison.field().text();
        Ast.Value value = comparison.value();
        String prefix = "Query " + query + ": " + field + " is " + describe(type) + ", but is compared with ";
        if (type.array()) {
            report("CTR305", comparison.field().pos(), prefix + value.display() + "; test an array with CONTAINS");
        } else if (hasFields(type)) {
            report("CTR305", comparison.field().pos(), prefix + value.display() + "; compare one of its fields"
                    + firstField(type).map(f -> ", such as " + field + "." + f).orElse(""));
        } else if (type.field().primitive() == PrimitiveType.BOOLEAN && !(comparison.operator().symbol().equals("==")
                || comparison.operator().symbol().equals("!="))) {
            report("CTR305", comparison.pos(), prefix + "'" + comparison.operator().symbol()
                    + "'; Boolean fields compare only with == and !=");
        } else {
            mismatch(type, value).ifPresent(what -> report("CTR305", value.pos(), prefix + what));
        }
    }

    private void contains(Ast.Contains contains, FieldType type) {
        String field = contains.array().text();
        String prefix = "Query " + query + ": " + field + " is " + describe(type) + ", but is compared with ";
        if (hasFields(type.element())) {
            report("CTR305", contains.value().pos(), prefix + contains.value().display() + "; test its elements' fields with "
                    + field + " CONTAINS (" + firstField(type).orElse("field") + " == …)");
            return;
        }
        List<Ast.Value> values = contains.value() instanceof Ast.ListValue list ? list.elements() : List.of(contains.value());
        for (Ast.Value value : values) {
            mismatch(type.element(), value).ifPresent(what -> report("CTR305", value.pos(), prefix + what));
        }
    }

    /** LiteralFit: what the field is wrongly compared with, or empty when the value fits. */
    private Optional<String> mismatch(FieldType type, Ast.Value value) {
        if (value instanceof Ast.Parameter) {
            return Optional.empty();
        }
        if (value instanceof Ast.ListValue list) {
            return Optional.of("the list " + list.display() + "; a list of values is only for CONTAINS");
        }
        FieldInfo field = type.field();
        if (field.relationship()) {
            return value instanceof Ast.StringValue ? Optional.empty()
                    : Optional.of(value.display() + "; compare it with an identifier string or a parameter");
        }
        if (field.primitive() != null) {
            return switch (field.primitive()) {
                case STRING -> fitsIf(value instanceof Ast.StringValue, value);
                case BOOLEAN -> fitsIf(value instanceof Ast.BooleanValue, value);
                case INTEGER, LONG, DOUBLE -> fitsIf(value instanceof Ast.NumberValue, value);
                case DATE_TIME -> value instanceof Ast.StringValue s && !isDateTime(s.value())
                        ? Optional.of(s.display() + ", which is not a date and time such as \"2018-04-01T10:30:00Z\"")
                        : fitsIf(value instanceof Ast.StringValue, value);
            };
        }
        TypeInfo declared = model.require(field.type());
        if (value instanceof Ast.StringValue s && !declared.enumValues().contains(s.value())) {
            String suggestion = Suggestions.didYouMean(s.value(), declared.enumValues());
            return Optional.of(s.display() + ", which is not one of its values"
                    + (suggestion.isEmpty() ? " (" + String.join(", ", declared.enumValues()) + ")" : suggestion));
        }
        return fitsIf(value instanceof Ast.StringValue, value);
    }

    private static Optional<String> fitsIf(boolean fits, Ast.Value value) {
        return fits ? Optional.empty() : Optional.of(value.display());
    }

    private void paging(String clause, Ast.Operand operand) {
        boolean valid = operand instanceof Ast.Parameter
                || operand instanceof Ast.NumberValue number && number.isNonNegativeInteger();
        if (!valid) {
            String described = operand instanceof Ast.Path path ? "the field " + path.text()
                    : operand instanceof Ast.ListValue ? "a list" : ((Ast.Value) operand).display();
            report("CTR309", operand.pos(), "Query " + query + ": " + clause
                    + " must be a whole number of at least 0 or a parameter, not " + described);
        }
    }

    private void reportUnknown(Ast.Path path, Resolution resolution) {
        if (resolution instanceof NoSuchField missing) {
            String segment = path.segments().get(missing.segment());
            report("CTR304", path.segmentPositions().get(missing.segment()), "Query " + query + ": " + missing.ownerText()
                    + " has no field " + segment + Suggestions.didYouMean(segment,
                            model.allFields(missing.owner()).stream().map(FieldInfo::name).toList()));
        } else if (resolution instanceof NoFields leaf) {
            report("CTR304", path.segmentPositions().get(leaf.segment()), "Query " + query + ": " + leaf.through() + " ("
                    + describe(leaf.type()) + ") has no field " + path.segments().get(leaf.segment())
                    + (leaf.type().field().relationship() ? "; queries cannot follow relationships" : ""));
        }
    }

    private boolean sortable(FieldType type) {
        return !type.array() && !type.field().relationship() && !hasFields(type);
    }

    private Optional<String> firstField(FieldType type) {
        return model.allFields(type.field().type()).stream().map(FieldInfo::name).findFirst();
    }

    /** A query file has no namespace and no imports: types are named in full, so suggest full names. */
    private String typeSuggestion(String written) {
        String simple = written.substring(written.lastIndexOf('.') + 1);
        List<String> sameName = model.types().values().stream().filter(t -> t.simpleName().equals(simple))
                .map(TypeInfo::qualifiedName).toList();
        return sameName.size() == 1 ? ". Did you mean '" + sameName.get(0) + "'?"
                : Suggestions.didYouMean(written, new ArrayList<>(model.types().keySet()));
    }

    private void report(String code, Ast.Pos at, String message) {
        problems.add(new QueryProblem(code, at.line(), at.column(), message));
    }

    private static boolean isResource(TypeInfo type) {
        return type.kind() == TypeInfo.Kind.ASSET || type.kind() == TypeInfo.Kind.PARTICIPANT
                || type.kind() == TypeInfo.Kind.TRANSACTION;
    }

    private static String keyword(TypeInfo type) {
        return type.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String simple(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }

    /** What JavaScript's Date.parse, which Composer uses, accepts of ISO 8601. */
    private static boolean isDateTime(String text) {
        for (Function<String, ?> parser : DATE_PARSERS) {
            try {
                parser.apply(text);
                return true;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return false;
    }
}
