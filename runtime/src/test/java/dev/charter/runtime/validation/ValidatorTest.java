package dev.charter.runtime.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.model.FieldInfo;
import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.model.TypeInfo;
import java.util.List;
import org.example.trading.TradingNetwork;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMMODITY = "org.example.trading.Commodity";
    private static final String ABC = "Instance org.example.trading.Commodity#ABC";

    private final Validator validator = new Validator(TradingNetwork.MODEL);

    private static ObjectNode commodity() {
        return (ObjectNode) parse("{\"$class\":\"org.example.trading.Commodity\",\"tradingSymbol\":\"ABC\","
                + "\"description\":\"Test commodity\",\"mainExchange\":\"Euronext\",\"quantity\":72.297,"
                + "\"owner\":\"resource:org.example.trading.Trader#T1\"}");
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private void rejects(JsonNode instance, String message, String path) {
        assertThatThrownBy(() -> validator.validate(instance))
                .isInstanceOf(ValidationException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(((ValidationException) e).path()).as("path").isEqualTo(path));
    }

    @Test
    void acceptsAValidInstanceAndReturnsItsType() {
        ObjectNode full = commodity();
        full.putArray("tags").add("metal").add("raw");
        full.put("lots", 1000).put("volume", 9_000_000_000L);
        full.putObject("storedAt").put("$class", "org.example.trading.Port").put("country", "NL").put("portCode", "NLRTM");
        full.putArray("watchers").add("resource:org.example.trading.Trader#T2");

        assertThat(validator.validate(full).qualifiedName()).isEqualTo(COMMODITY);
    }

    @Test
    void rejectsJsonWithoutClass() {
        ObjectNode instance = commodity();
        instance.remove("$class");

        rejects(instance, "Invalid JSON data. Does not contain a $class type identifier.", "");
    }

    @Test
    void rejectsJsonThatIsNotAnObject() {
        rejects(parse("[1]"), "Invalid JSON data. Expected an object with a $class type identifier, found [1]", "");
    }

    @Test
    void rejectsAnUnknownTypeNamingItsNamespace() {
        rejects(commodity().put("$class", "org.example.trading.Gold"),
                "Type Gold is not defined in namespace org.example.trading", "");
        rejects(commodity().put("$class", "org.gold.Gold"), "Namespace is not defined for type org.gold.Gold", "");
    }

    @Test
    void rejectsAnInstanceOfAnAbstractType() {
        rejects(parse("{\"$class\":\"org.example.trading.Location\",\"country\":\"NL\"}"),
                "The class org.example.trading.Location is abstract. Should not have an instance!", "");
    }

    @Test
    void rejectsAnInstanceOfAnEnum() {
        rejects(parse("{\"$class\":\"org.example.trading.Exchange\"}"),
                "Attempting to create an ENUM declaration is not supported.", "");
    }

    @Test
    void rejectsAMissingRequiredField() {
        ObjectNode instance = commodity();
        instance.remove("owner");

        rejects(instance, ABC + " missing required field owner", "owner");
    }

    @Test
    void treatsNullAsMissing() {
        rejects(commodity().putNull("description"), ABC + " missing required field description", "description");
        assertThatCode(() -> validator.validate(commodity().putNull("tags"))).doesNotThrowAnyException();
    }

    @Test
    void acceptsAMissingFieldThatHasADefault() {
        JsonNode trader = parse("{\"$class\":\"org.example.trading.Trader\",\"tradeId\":\"T1\","
                + "\"firstName\":\"Jenny\",\"lastName\":\"Jones\"}");

        assertThatCode(() -> validator.validate(trader)).doesNotThrowAnyException();
    }

    @Test
    void rejectsAnUndeclaredField() {
        rejects(commodity().put("colour", "red"),
                ABC + " has a property named colour which is not declared in " + COMMODITY, "colour");
    }

    @Test
    void rejectsAnEmptyIdentifier() {
        rejects(commodity().put("tradingSymbol", "  "),
                "Instance org.example.trading.Commodity#   has an empty identifier.", "tradingSymbol");
    }

    @Test
    void rejectsValuesOfTheWrongPrimitiveType() {
        rejects(commodity().put("description", 42), "Model violation in instance " + "org.example.trading.Commodity#ABC"
                + " field description has value 42 (number) expected type String", "description");
        rejects(commodity().put("quantity", "72.297"), "Model violation in instance org.example.trading.Commodity#ABC"
                + " field quantity has value \"72.297\" (string) expected type Double", "quantity");
        rejects(trader().put("active", "yes"), "Model violation in instance org.example.trading.Trader#T1"
                + " field active has value \"yes\" (string) expected type Boolean", "active");
    }

    @Test
    void rejectsAnIntegerOutsideTheIntegerRangeOrWithAFraction() {
        rejects(commodity().put("lots", 3_000_000_000L), "Model violation in instance org.example.trading.Commodity#ABC"
                + " field lots has value 3000000000 (number) expected type Integer", "lots");
        rejects(commodity().put("lots", 5.5), "Model violation in instance org.example.trading.Commodity#ABC"
                + " field lots has value 5.5 (number) expected type Integer", "lots");
    }

    @Test
    void rejectsALongOutsideTheLongRange() {
        ObjectNode instance = commodity();
        instance.set("volume", JSON.getNodeFactory().numberNode(new java.math.BigInteger("9223372036854775808")));

        rejects(instance, "Model violation in instance org.example.trading.Commodity#ABC"
                + " field volume has value 9223372036854775808 (number) expected type Long", "volume");
    }

    @Test
    void rejectsADateTimeThatIsNotIsoWithOffset() {
        rejects(trader().put("memberSince", "yesterday"), "Model violation in instance org.example.trading.Trader#T1"
                + " field memberSince has value \"yesterday\" (string) expected type DateTime", "memberSince");
        assertThatCode(() -> validator.validate(trader().put("memberSince", "2026-11-21T13:00:00.000Z")))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsAValueThatIsNotOfTheEnum() {
        rejects(commodity().put("mainExchange", "Nasdaq"),
                ABC + " invalid enum value Nasdaq for field mainExchange", "mainExchange");
        rejects(commodity().put("mainExchange", 3), ABC + " invalid enum value 3 for field mainExchange", "mainExchange");
    }

    @Test
    void rejectsAStringThatFailsItsRegex() {
        rejects(commodity().put("tradingSymbol", "abc"), "Instance org.example.trading.Commodity#abc field tradingSymbol"
                + " has value \"abc\" which failed to match validation regex: /^[A-Z0-9]+$/", "tradingSymbol");
    }

    @Test
    void appliesRegexFlags() {
        ObjectNode upperCase = commodity();
        upperCase.putObject("storedAt").put("$class", "org.example.trading.Port").put("country", "NL")
                .put("portCode", "NLRTM");

        assertThatCode(() -> validator.validate(upperCase)).doesNotThrowAnyException();
    }

    @Test
    void rejectsNumbersOutsideTheirRange() {
        rejects(commodity().put("quantity", -0.5), ABC + " field quantity has value -0.5 which is outside lower bound 0",
                "quantity");
        rejects(commodity().put("lots", 1001), ABC + " field lots has value 1001 which is outside upper bound 1000",
                "lots");
        rejects(commodity().put("lots", 0), ABC + " field lots has value 0 which is outside lower bound 1", "lots");
    }

    @Test
    void rejectsAnArrayFieldThatIsNotAnArrayAndNamesTheBadElement() {
        rejects(commodity().put("tags", "metal"), "Model violation in instance org.example.trading.Commodity#ABC"
                + " field tags has value \"metal\" (string) expected type String[]", "tags");
        ObjectNode badElement = commodity();
        badElement.putArray("tags").add("metal").add(7);
        rejects(badElement, "Model violation in instance org.example.trading.Commodity#ABC"
                + " field tags has value 7 (number) expected type String", "tags[1]");
    }

    @Test
    void rejectsARelationshipThatIsNotAResourceUri() {
        rejects(commodity().put("owner", "T1"), "Model violation in instance org.example.trading.Commodity#ABC"
                + " field owner has value \"T1\" expected a Relationship to org.example.trading.Trader", "owner");
        rejects(commodity().put("owner", 1), "Model violation in instance org.example.trading.Commodity#ABC"
                + " field owner has value 1 expected a Relationship to org.example.trading.Trader", "owner");
    }

    @Test
    void rejectsARelationshipToATypeNotDerivedFromTheDeclaredOne() {
        rejects(commodity().put("owner", "resource:org.example.trading.Commodity#XYZ"), ABC + " has property owner"
                + " with type org.example.trading.Commodity that is not derived from org.example.trading.Trader", "owner");
        ObjectNode watchers = commodity();
        watchers.putArray("watchers").add("resource:org.example.trading.Trader#T2")
                .add("resource:org.hyperledger.composer.system.NetworkAdmin#admin");
        rejects(watchers, ABC + " has property watchers with type org.hyperledger.composer.system.NetworkAdmin"
                + " that is not derived from org.example.trading.Trader[]", "watchers[1]");
    }

    @Test
    void acceptsARelationshipToASubtype() {
        JsonNode record = parse("{\"$class\":\"org.hyperledger.composer.system.HistorianRecord\","
                + "\"transactionId\":\"tx1\",\"transactionType\":\"org.example.trading.Trade\","
                + "\"transactionInvoked\":\"resource:org.example.trading.Trade#tx1\","
                + "\"participantInvoking\":\"resource:org.example.trading.Trader#T1\","
                + "\"transactionTimestamp\":\"2026-11-21T13:00:00.000Z\"}");

        assertThatCode(() -> validator.validate(record)).doesNotThrowAnyException();
    }

    @Test
    void validatesNestedConceptsWithTheirOwnClassAndReportsThePath() {
        ObjectNode instance = commodity();
        instance.putObject("storedAt").put("$class", "org.example.trading.Warehouse").put("country", "Netherlands")
                .put("city", "Rotterdam");

        rejects(instance, "Instance org.example.trading.Commodity#ABC field country has value \"Netherlands\""
                + " which failed to match validation regex: /^[A-Z]{2}$/", "storedAt.country");
    }

    @Test
    void rejectsANestedConceptOfAnUnrelatedType() {
        ObjectNode instance = commodity();
        instance.putObject("storedAt").put("$class", "org.example.trading.Trader").put("tradeId", "T1");

        rejects(instance, ABC + " has property storedAt with type org.example.trading.Trader that is not derived from"
                + " org.example.trading.Location", "storedAt");
    }

    @Test
    void rejectsANestedConceptWithoutClassWhenItsDeclaredTypeIsAbstract() {
        ObjectNode instance = commodity();
        instance.putObject("storedAt").put("country", "NL");

        rejects(instance, "The class org.example.trading.Location is abstract. Should not have an instance!",
                "storedAt");
    }

    @Test
    void rejectsAnUndeclaredFieldOfANestedConcept() {
        ObjectNode instance = commodity();
        instance.putObject("storedAt").put("$class", "org.example.trading.Warehouse").put("country", "NL")
                .put("city", "Rotterdam").put("dock", 4);

        rejects(instance, ABC + " has a property named dock which is not declared in org.example.trading.Warehouse",
                "storedAt.dock");
    }

    @Test
    void rejectsANestedConceptThatIsNotAnObject() {
        rejects(commodity().put("storedAt", "NL"), "Model violation in instance org.example.trading.Commodity#ABC"
                + " field storedAt has value \"NL\" (string) expected type org.example.trading.Location", "storedAt");
    }

    @Test
    void namesANestedEventByItsOwnIdentifier() {
        JsonNode record = parse("{\"$class\":\"org.hyperledger.composer.system.HistorianRecord\","
                + "\"transactionId\":\"tx1\",\"transactionType\":\"org.example.trading.Trade\","
                + "\"transactionInvoked\":\"resource:org.example.trading.Trade#tx1\","
                + "\"eventsEmitted\":[{\"$class\":\"org.example.trading.TradeEvent\",\"eventId\":\"tx1#0\","
                + "\"timestamp\":\"2026-11-21T13:00:00.000Z\",\"commodity\":\"resource:org.example.trading.Commodity#A\","
                + "\"oldOwner\":\"resource:org.example.trading.Trader#T1\"}],"
                + "\"transactionTimestamp\":\"2026-11-21T13:00:00.000Z\"}");

        rejects(record, "Instance org.example.trading.TradeEvent#tx1#0 missing required field newOwner",
                "eventsEmitted[0].newOwner");
    }

    @Test
    void refusesAModelWithARegexJavaCannotCompile() {
        TypeInfo odd = new TypeInfo("org.acme.Odd", TypeInfo.Kind.CONCEPT, false, null, null,
                List.of(new FieldInfo("text", "String", false, false, false, null, new FieldInfo.Regex("[^]", ""), null)),
                List.of(), null);

        assertThatThrownBy(() -> new Validator(ModelInfo.of(List.of(odd))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Field text of org.acme.Odd has regex /[^]/, but Java cannot compile it");
    }

    private static ObjectNode trader() {
        return (ObjectNode) parse("{\"$class\":\"org.example.trading.Trader\",\"tradeId\":\"T1\","
                + "\"firstName\":\"Jenny\",\"lastName\":\"Jones\"}");
    }
}
