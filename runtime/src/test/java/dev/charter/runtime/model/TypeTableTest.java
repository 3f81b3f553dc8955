package dev.charter.runtime.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.runtime.resource.HistorianRecord;
import java.util.List;
import org.example.trading.Commodity;
import org.example.trading.Exchange;
import org.example.trading.TradingNetwork;
import org.junit.jupiter.api.Test;

class TypeTableTest {

    private static final ClassLoader LOADER = TypeTableTest.class.getClassLoader();

    @Test
    void mapsTypesToClassesBothWays() {
        TypeTable table = new TypeTable(TradingNetwork.MODEL, LOADER);

        assertThat(table.javaClass(Commodity.TYPE)).isEqualTo(Commodity.class);
        assertThat(table.typeOf(Commodity.class).qualifiedName()).isEqualTo(Commodity.TYPE);
        assertThat(table.javaClass(HistorianRecord.TYPE)).isEqualTo(HistorianRecord.class);
        assertThat(table.javaClass(ModelInfo.SYSTEM_NAMESPACE + ".IssueIdentity")).isNull();
        assertThat(table.typeOf(String.class)).isNull();
    }

    @Test
    void rejectsAClassThatCannotBeLoaded() {
        ModelInfo model = ModelInfo.of(List.of(concept("org.acme.Engine", "org.acme.Missing")));

        assertThatThrownBy(() -> new TypeTable(model, LOADER))
                .hasMessageStartingWith("Class org.acme.Missing of type org.acme.Engine cannot be loaded");
    }

    @Test
    void rejectsAClassOfTheWrongKind() {
        ModelInfo model = ModelInfo.of(List.of(concept("org.acme.Engine", Commodity.class.getName())));

        assertThatThrownBy(() -> new TypeTable(model, LOADER)).hasMessage("Class org.example.trading.Commodity"
                + " of concept org.acme.Engine does not extend dev.charter.runtime.resource.Concept");
    }

    @Test
    void rejectsAnEnumWhoseConstantsDifferFromTheModel() {
        TypeInfo exchange = new TypeInfo("org.acme.Exchange", TypeInfo.Kind.ENUM, false, null, null, List.of(),
                List.of("Euronext", "NYSE"), Exchange.class.getName());

        assertThatThrownBy(() -> new TypeTable(ModelInfo.of(List.of(exchange)), LOADER))
                .hasMessage("Class org.example.trading.Exchange of enum org.acme.Exchange has constants "
                        + "[Euronext, NYSE, LSE] but the model declares [Euronext, NYSE]");
    }

    @Test
    void rejectsAnAbstractClassForAConcreteType() {
        ModelInfo model = ModelInfo.of(List.of(concept("org.acme.Place", "org.example.trading.Location")));

        assertThatThrownBy(() -> new TypeTable(model, LOADER)).hasMessage(
                "Class org.example.trading.Location of concept org.acme.Place is abstract, but the type is not");
    }

    @Test
    void rejectsAClassThatDoesNotExtendTheClassOfItsSuperType() {
        TypeInfo base = new TypeInfo("org.acme.Base", TypeInfo.Kind.CONCEPT, true, null, null, List.of(), List.of(),
                "org.example.trading.Location");
        TypeInfo sub = new TypeInfo("org.acme.Sub", TypeInfo.Kind.CONCEPT, false, "org.acme.Base", null, List.of(),
                List.of(), "dev.charter.runtime.model.TypeTableTest$Unrelated");

        assertThatThrownBy(() -> new TypeTable(ModelInfo.of(List.of(base, sub)), LOADER)).hasMessage(
                "Class dev.charter.runtime.model.TypeTableTest$Unrelated of type org.acme.Sub does not extend "
                        + "org.example.trading.Location, the class of its super type org.acme.Base");
    }

    static final class Unrelated extends dev.charter.runtime.resource.Concept {
        @Override
        public String $class() {
            return "org.acme.Sub";
        }
    }

    private static TypeInfo concept(String name, String javaClass) {
        return new TypeInfo(name, TypeInfo.Kind.CONCEPT, false, null, null, List.of(), List.of(), javaClass);
    }
}
