package dev.charter.runtime.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.example.trading.TradingNetwork;
import org.junit.jupiter.api.Test;

class ModelInfoTest {

    private static final String SYSTEM = ModelInfo.SYSTEM_NAMESPACE + ".";
    private final ModelInfo model = TradingNetwork.MODEL;

    @Test
    void mergesTheSystemModelIntoEveryModel() {
        assertThat(model.type(SYSTEM + "HistorianRecord")).isPresent();
        assertThat(model.type("org.example.trading.Commodity")).isPresent();
        assertThat(model.types().keySet().iterator().next()).isEqualTo(SYSTEM + "Asset");
    }

    @Test
    void listsInheritedFieldsFirst() {
        assertThat(model.allFields("org.example.trading.Trade")).extracting(FieldInfo::name)
                .containsExactly("transactionId", "timestamp", "commodity", "newOwner");
        assertThat(model.allFields("org.example.trading.Port")).extracting(FieldInfo::name)
                .containsExactly("country", "portCode");
    }

    @Test
    void findsTheInheritedIdentifierField() {
        assertThat(model.identifierField("org.example.trading.Trade")).isEqualTo("transactionId");
        assertThat(model.identifierField("org.example.trading.Commodity")).isEqualTo("tradingSymbol");
        assertThat(model.identifierField("org.example.trading.Warehouse")).isNull();
    }

    @Test
    void assignsSubtypesToTheirAncestorsOnly() {
        assertThat(model.isAssignable("org.example.trading.Trader", SYSTEM + "Participant")).isTrue();
        assertThat(model.isAssignable("org.example.trading.Trader", "org.example.trading.Trader")).isTrue();
        assertThat(model.isAssignable(SYSTEM + "NetworkAdmin", SYSTEM + "Participant")).isTrue();
        assertThat(model.isAssignable("org.example.trading.Commodity", SYSTEM + "Participant")).isFalse();
        assertThat(model.isAssignable("org.example.trading.Port", "org.example.trading.Warehouse")).isFalse();
        assertThat(model.isAssignable("org.example.trading.Nothing", SYSTEM + "Asset")).isFalse();
    }

    @Test
    void listsConcreteSubtypesIncludingTheTypeItself() {
        assertThat(model.concreteSubtypes("org.example.trading.Location")).extracting(TypeInfo::qualifiedName)
                .containsExactly("org.example.trading.Warehouse", "org.example.trading.Port");
        assertThat(model.concreteSubtypes("org.example.trading.Trader")).extracting(TypeInfo::qualifiedName)
                .containsExactly("org.example.trading.Trader");
    }

    @Test
    void writesOnlyUserTypesAndReadsThemBackEqual() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        String json = out.toString(StandardCharsets.UTF_8);

        assertThat(json).doesNotContain(ModelInfo.SYSTEM_NAMESPACE + ".HistorianRecord")
                .contains("\"formatVersion\" : 1")
                .doesNotContain("\"optional\" : false");
        assertThat(ModelInfo.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(model);
    }

    @Test
    void keepsRegexRangeAndDefaultThroughARoundTrip() {
        FieldInfo symbol = model.field("org.example.trading.Commodity", "tradingSymbol");
        FieldInfo lots = model.field("org.example.trading.Commodity", "lots");
        FieldInfo active = model.field("org.example.trading.Trader", "active");
        FieldInfo portCode = model.field("org.example.trading.Port", "portCode");

        assertThat(symbol.regex()).isEqualTo(new FieldInfo.Regex("^[A-Z0-9]+$", ""));
        assertThat(portCode.regex().toString()).isEqualTo("/^[a-z]{5}$/i");
        assertThat(lots.range()).isEqualTo(new FieldInfo.Range("1", "1000"));
        assertThat(lots.optional()).isTrue();
        assertThat(active.defaultValue()).isEqualTo("true");
    }

    @Test
    void rejectsAnotherFormatVersion() {
        String json = "{\"formatVersion\":2,\"types\":[]}";

        assertThatThrownBy(() -> ModelInfo.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .hasMessage("The model has format version 2; this runtime reads version 1");
    }

    @Test
    void rejectsAnUndeclaredSuperType() {
        TypeInfo orphan = new TypeInfo("org.acme.Car", TypeInfo.Kind.ASSET, false, "org.acme.Vehicle", "vin",
                List.of(FieldInfo.of("vin", "String")), List.of(), null);

        assertThatThrownBy(() -> ModelInfo.of(List.of(orphan)))
                .hasMessage("Type org.acme.Car extends org.acme.Vehicle, which is not declared");
    }

    @Test
    void rejectsAnUndeclaredFieldType() {
        TypeInfo car = new TypeInfo("org.acme.Car", TypeInfo.Kind.ASSET, false, SYSTEM + "Asset", "vin",
                List.of(FieldInfo.of("vin", "String"), FieldInfo.of("engine", "org.acme.Engine")), List.of(), null);

        assertThatThrownBy(() -> ModelInfo.of(List.of(car)))
                .hasMessage("Field engine of org.acme.Car has type org.acme.Engine, which is not declared");
    }

    @Test
    void rejectsARelationshipToAConcept() {
        TypeInfo engine = new TypeInfo("org.acme.Engine", TypeInfo.Kind.CONCEPT, false, null, null,
                List.of(), List.of(), null);
        TypeInfo car = new TypeInfo("org.acme.Car", TypeInfo.Kind.ASSET, false, SYSTEM + "Asset", "vin",
                List.of(FieldInfo.of("vin", "String"), FieldInfo.relationshipTo("engine", "org.acme.Engine")),
                List.of(), null);

        assertThatThrownBy(() -> ModelInfo.of(List.of(engine, car)))
                .hasMessage("Field engine of org.acme.Car is a relationship to org.acme.Engine, which is a concept;"
                        + " relationships point to resources");
    }

    @Test
    void rejectsInheritanceCycles() {
        TypeInfo a = new TypeInfo("org.acme.A", TypeInfo.Kind.CONCEPT, false, "org.acme.B", null, List.of(), List.of(), null);
        TypeInfo b = new TypeInfo("org.acme.B", TypeInfo.Kind.CONCEPT, false, "org.acme.A", null, List.of(), List.of(), null);

        assertThatThrownBy(() -> ModelInfo.of(List.of(a, b))).hasMessage("Type org.acme.A inherits from itself");
    }

    @Test
    void rejectsExtendingATypeOfAnotherKind() {
        TypeInfo odd = new TypeInfo("org.acme.Odd", TypeInfo.Kind.CONCEPT, false, SYSTEM + "Asset", null,
                List.of(), List.of(), null);

        assertThatThrownBy(() -> ModelInfo.of(List.of(odd)))
                .hasMessage("Type org.acme.Odd is a concept but extends " + SYSTEM + "Asset, which is an asset");
    }

    @Test
    void rejectsATypeDeclaredTwice() {
        TypeInfo admin = new TypeInfo(SYSTEM + "NetworkAdmin", TypeInfo.Kind.PARTICIPANT, false, null, null,
                List.of(), List.of(), null);

        assertThatThrownBy(() -> ModelInfo.of(List.of(admin)))
                .hasMessage("Type " + SYSTEM + "NetworkAdmin is declared twice");
    }
}
