package dev.charter.compiler.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.compiler.CheckResult;
import dev.charter.compiler.NetworkChecker;
import dev.charter.compiler.model.acl.AclRule;
import dev.charter.compiler.model.expr.BinaryOperator;
import dev.charter.compiler.model.expr.Expr;
import dev.charter.compiler.model.expr.UnaryOperator;
import dev.charter.compiler.model.query.ComparisonOperator;
import dev.charter.compiler.model.query.Condition;
import dev.charter.compiler.model.query.Query;
import dev.charter.compiler.model.query.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How access rules and queries are mapped: JavaScript spellings, locations, normalised comparisons. */
class RulesMappingTest {

    private static final String MODEL = """
            namespace org.example
            asset Car identified by vin {
              o String vin
              o Integer doors
              o String[] tags
              --> Driver driver
            }
            participant Driver identified by id {
              o String id
            }
            """;

    private static final String RULES = """
            rule JavaScript {
                description: "as Composer writes it"
                participant(p): "org.example.Driver"
                operation: READ
                resource(r): "org.example.Car"
                condition: (r.driver.getIdentifier() === p.getIdentifier() && !(r.doors !== 4) || r.tags.indexOf("x") > -1)
                action: ALLOW
            }

            rule Charter {
                description: "as Charter writes it"
                participant(p): "org.example.Driver"
                operation: READ
                resource(r): "org.example.Car"
                condition: (r.driver.getIdentifier() == p.getIdentifier() and not (r.doors != 4) or r.tags.indexOf("x") > -1)
                action: ALLOW
            }
            """;

    private static final String QUERIES = """
            query Mirrored {
                description: "a value on the left"
                statement: SELECT org.example.Car WHERE (4 < doors AND _$vin == vin)
            }
            query Contains {
                description: "an array holds any of several values"
                statement: SELECT org.example.Car WHERE (tags CONTAINS ["a", _$tag]) ORDER BY [doors DESC] LIMIT 10 SKIP _$skip
            }
            """;

    private static CheckResult result;

    @BeforeAll
    static void check(@TempDir Path network) throws IOException {
        Files.createDirectories(network.resolve("models"));
        Files.writeString(network.resolve("models/m.cto"), MODEL);
        Files.writeString(network.resolve("permissions.acl"), RULES);
        Files.writeString(network.resolve("queries.qry"), QUERIES);
        result = new NetworkChecker().check(network);
    }

    @Test
    void mapsBothFilesWithoutDiagnostics() {
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.network().acl().orElseThrow().rules()).extracting(AclRule::name)
                .containsExactly("JavaScript", "Charter");
        assertThat(result.network().queries().orElseThrow().queries()).extracting(Query::name)
                .containsExactly("Mirrored", "Contains");
    }

    @Test
    void normalisesJavaScriptSpellingsToCharterOperators() {
        List<AclRule> rules = result.network().acl().orElseThrow().rules();
        String javaScript = shape(rules.get(0).condition().orElseThrow());
        assertThat(javaScript).isEqualTo(shape(rules.get(1).condition().orElseThrow()));
        assertThat(javaScript).isEqualTo(
                "OR(AND(EQ(getIdentifier(driver(r)), getIdentifier(p)), NOT(NE(doors(r), 4))), GT(indexOf(tags(r), \"x\"), NEGATE(1)))");
    }

    @Test
    void locatesTargetsInsideTheirQuotes() {
        AclRule rule = result.network().acl().orElseThrow().rules().get(0);
        assertThat(rule.participant().target().location().toString()).isEqualTo("permissions.acl:3:22");
        assertThat(rule.participant().target().location().length()).isEqualTo("org.example.Driver".length());
        assertThat(rule.participant().variable().orElseThrow().location().toString()).isEqualTo("permissions.acl:3:17");
    }

    @Test
    void putsTheFieldOnTheLeftOfEveryComparison() {
        Condition.Logical where = (Condition.Logical) select("Mirrored").where().orElseThrow();
        Condition.Comparison doors = (Condition.Comparison) where.left();
        assertThat(doors.field().text()).isEqualTo("doors");
        assertThat(doors.operator()).isEqualTo(ComparisonOperator.GT);
        assertThat(doors.value()).isEqualTo(new Value.NumberValue("4", doors.value().location()));
        Condition.Comparison vin = (Condition.Comparison) where.right();
        assertThat(vin.field().text()).isEqualTo("vin");
        assertThat(vin.value()).isInstanceOf(Value.Parameter.class);
        assertThat(((Value.Parameter) vin.value()).name()).isEqualTo("vin");
    }

    @Test
    void mapsContainsOrderingAndPaging() {
        var select = select("Contains");
        Condition.Contains contains = (Condition.Contains) select.where().orElseThrow();
        assertThat(contains.array().text()).isEqualTo("tags");
        assertThat(contains.value().display()).isEqualTo("[\"a\", _$tag]");
        assertThat(select.orderBy()).singleElement().satisfies(item -> {
            assertThat(item.path().text()).isEqualTo("doors");
            assertThat(item.direction().name()).isEqualTo("DESC");
        });
        assertThat(select.limit().orElseThrow()).isInstanceOf(Value.NumberValue.class);
        assertThat(select.skip().orElseThrow()).isInstanceOf(Value.Parameter.class);
    }

    private static dev.charter.compiler.model.query.Select select(String name) {
        return result.network().queries().orElseThrow().queries().stream().filter(q -> q.name().equals(name))
                .findFirst().orElseThrow().select();
    }

    /** The tree without locations: operators and names, so two spellings can be compared. */
    static String shape(Expr expression) {
        if (expression instanceof Expr.Binary binary) {
            return binary.operator() + "(" + shape(binary.left()) + ", " + shape(binary.right()) + ")";
        }
        if (expression instanceof Expr.Unary unary) {
            return (unary.operator() == UnaryOperator.NOT ? "NOT" : "NEGATE") + "(" + shape(unary.operand()) + ")";
        }
        if (expression instanceof Expr.MethodCall call) {
            return call.method() + "(" + String.join(", ", java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(call.receiver()), call.arguments().stream()).map(RulesMappingTest::shape).toList()) + ")";
        }
        if (expression instanceof Expr.FieldAccess access) {
            return access.field() + "(" + shape(access.receiver()) + ")";
        }
        if (expression instanceof Expr.Name name) {
            return name.name();
        }
        if (expression instanceof Expr.NumberLiteral number) {
            return number.text();
        }
        if (expression instanceof Expr.StringLiteral string) {
            return "\"" + string.value() + "\"";
        }
        return expression.getClass().getSimpleName();
    }

    @Test
    void knowsEveryOperatorByEitherSpelling() {
        assertThat(BinaryOperator.fromSymbol("===")).contains(BinaryOperator.EQ);
        assertThat(BinaryOperator.fromSymbol("!==")).contains(BinaryOperator.NE);
        assertThat(BinaryOperator.fromSymbol("&&")).contains(BinaryOperator.AND);
        assertThat(BinaryOperator.fromSymbol("||")).contains(BinaryOperator.OR);
        assertThat(BinaryOperator.fromSymbol("in")).contains(BinaryOperator.IN);
        assertThat(BinaryOperator.fromSymbol("=>")).isEmpty();
        assertThat(UnaryOperator.fromSymbol("!")).contains(UnaryOperator.NOT);
        assertThat(UnaryOperator.fromSymbol("not")).contains(UnaryOperator.NOT);
    }
}
