package dev.charter.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.compiler.model.acl.AclRule;
import dev.charter.compiler.model.acl.AclTarget;
import dev.charter.compiler.model.expr.Expr;
import dev.charter.compiler.model.query.Condition;
import dev.charter.compiler.model.query.Query;
import dev.charter.compiler.model.query.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The access rules and queries of the Composer samples map completely, not just without errors. */
class SampleRulesAndQueriesTest {

    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s");
    private static final Pattern QUERY = Pattern.compile("(?m)^\\s*query\\s");
    private static final Pattern WHERE = Pattern.compile("WHERE\\s*(.*?)\\s*(ORDER|LIMIT|SKIP|\\})", Pattern.DOTALL);
    private static final Pattern TEST = Pattern.compile("==|!=|<=|>=|<|>|CONTAINS");

    private final NetworkChecker checker = new NetworkChecker();

    @TestFactory
    Stream<DynamicTest> everyRuleMapsWithItsWholeCondition() {
        return SharedSamples.networks().stream().filter(n -> Files.exists(n.resolve("permissions.acl")))
                .map(network -> DynamicTest.dynamicTest(network.getFileName().toString(), () -> {
                    List<AclRule> rules = checker.check(network).network().acl().orElseThrow().rules();
                    assertThat(rules).hasSize(count(RULE, Files.readString(network.resolve("permissions.acl"))));
                    for (AclRule rule : rules) {
                        assertThat(List.of(rule.participant().target(), rule.resource().target()))
                                .as(rule.name()).noneMatch(AclTarget.Malformed.class::isInstance);
                        rule.condition().ifPresent(condition -> assertThat(condition.walk())
                                .as(rule.name()).noneMatch(Expr.Missing.class::isInstance));
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyQueryMapsWithEveryTestOfItsWhereClause() {
        return SharedSamples.networks().stream().filter(n -> Files.exists(n.resolve("queries.qry")))
                .map(network -> DynamicTest.dynamicTest(network.getFileName().toString(), () -> {
                    String text = Files.readString(network.resolve("queries.qry"));
                    List<Query> queries = checker.check(network).network().queries().orElseThrow().queries();
                    assertThat(queries).hasSize(count(QUERY, text));
                    Matcher where = WHERE.matcher(text);
                    long written = 0;
                    while (where.find()) {
                        written += count(TEST, where.group(1));
                    }
                    long mapped = queries.stream().flatMap(q -> q.select().where().stream()).flatMap(Condition::walk)
                            .filter(c -> !(c instanceof Condition.Logical)).count();
                    assertThat(mapped).isEqualTo(written);
                }));
    }

    @Test
    void fundClearingTestsBothBanksWithOneContains() throws IOException {
        Query query = query("fund-clearing-network", "BatchTransferRequestForBanksInState");
        Condition.Logical where = (Condition.Logical) query.select().where().orElseThrow();
        Condition.Contains parties = (Condition.Contains) where.left();
        assertThat(parties.array().text()).isEqualTo("parties");
        assertThat(((Value.ListValue) parties.value()).elements()).extracting(Value::display)
                .containsExactly("_$bank1", "_$bank2");
        assertThat(((Condition.Comparison) where.right()).field().text()).isEqualTo("state");
    }

    @Test
    void fundClearingParameterOnTheLeftBecomesTheValue() throws IOException {
        Condition.Comparison byId = (Condition.Comparison) query("fund-clearing-network", "BatchTransferRequestById")
                .select().where().orElseThrow();
        assertThat(byId.field().text()).isEqualTo("batchId");
        assertThat(byId.value().display()).isEqualTo("_$batchId");
    }

    @Test
    void vehicleLifecycleComparesAFieldOfAConcept() throws IOException {
        Condition.Comparison colour = (Condition.Comparison) query("vehicle-lifecycle-network", "selectAllCarsByColour")
                .select().where().orElseThrow();
        assertThat(colour.field().segments()).containsExactly("vehicleDetails", "colour");
        assertThat(colour.value().display()).isEqualTo("_$colour");
    }

    private Query query(String network, String name) {
        Path directory = SharedSamples.directory().resolve(network);
        return checker.check(directory).network().queries().orElseThrow().queries().stream()
                .filter(q -> q.name().equals(name)).findFirst().orElseThrow();
    }

    private static int count(Pattern pattern, String text) {
        return (int) pattern.matcher(text).results().count();
    }
}
