package dev.charter.runtime.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.runtime.model.TypeInfo.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ModelCompatibility}, both ways: the change it forbids is listed with its type and
 * field, and the change it allows next to it is not.
 */
class ModelCompatibilityTest {

    private static final String NS = "org.acme.";
    private static final String SYSTEM = ModelInfo.SYSTEM_NAMESPACE + ".";
    private static final String CAR = NS + "Car";

    /** v1: an owner, a car with fields of every shape, a colour enum, a concept, a transaction. */
    private static List<TypeInfo> v1() {
        return List.of(
                type(NS + "Owner", Kind.PARTICIPANT, SYSTEM + "Participant", "ownerId", List.of(FieldInfo.of("ownerId", "String")), List.of()),
                type(NS + "Vehicle", Kind.ASSET, SYSTEM + "Asset", "vin", List.of(FieldInfo.of("vin", "String")), List.of()),
                type(CAR, Kind.ASSET, NS + "Vehicle", null, List.of(
                        FieldInfo.of("model", "String"),
                        new FieldInfo("doors", "Integer", false, false, false, null, null, new FieldInfo.Range("2", "5")),
                        new FieldInfo("plate", "String", false, true, false, null, null, null),
                        new FieldInfo("tags", "String", true, false, false, null, null, null),
                        FieldInfo.relationshipTo("owner", NS + "Owner"),
                        FieldInfo.of("colour", NS + "Colour"),
                        FieldInfo.of("engine", NS + "Engine")), List.of()),
                type(NS + "Colour", Kind.ENUM, null, null, List.of(), List.of("RED", "BLUE")),
                type(NS + "Engine", Kind.CONCEPT, null, null, List.of(FieldInfo.of("power", "Double")), List.of()),
                type(NS + "Sell", Kind.TRANSACTION, SYSTEM + "Transaction", null,
                        List.of(FieldInfo.relationshipTo("car", CAR)), List.of()));
    }

    private static TypeInfo type(String name, Kind kind, String superType, String id, List<FieldInfo> fields,
            List<String> values) {
        return new TypeInfo(name, kind, false, superType, id, fields, values, null);
    }

    private static List<String> upgrade(UnaryOperator<List<TypeInfo>> change) {
        return ModelCompatibility.check(ModelInfo.of(v1()), ModelInfo.of(change.apply(new ArrayList<>(v1()))))
                .stream().map(Object::toString).toList();
    }

    /** v1 with one type replaced. */
    private static UnaryOperator<List<TypeInfo>> replace(String name, UnaryOperator<TypeInfo> change) {
        return types -> {
            types.replaceAll(t -> t.qualifiedName().equals(name) ? change.apply(t) : t);
            return types;
        };
    }

    /** v1 with one field of the car replaced (null: removed). */
    private static UnaryOperator<List<TypeInfo>> field(String name, UnaryOperator<FieldInfo> change) {
        return replace(CAR, car -> {
            List<FieldInfo> fields = new ArrayList<>();
            for (FieldInfo f : car.fields()) {
                FieldInfo changed = f.name().equals(name) ? change.apply(f) : f;
                if (changed != null) {
                    fields.add(changed);
                }
            }
            return withFields(car, fields);
        });
    }

    private static UnaryOperator<List<TypeInfo>> addCarField(FieldInfo added) {
        return replace(CAR, car -> {
            List<FieldInfo> fields = new ArrayList<>(car.fields());
            fields.add(added);
            return withFields(car, fields);
        });
    }

    private static TypeInfo withFields(TypeInfo t, List<FieldInfo> fields) {
        return new TypeInfo(t.qualifiedName(), t.kind(), t.isAbstract(), t.superType(), t.identifierField(), fields,
                t.enumValues(), t.javaClass());
    }

    private static FieldInfo with(FieldInfo f, String type, boolean array, boolean optional, boolean relationship) {
        return new FieldInfo(f.name(), type, array, optional, relationship, f.defaultValue(), f.regex(), f.range());
    }

    @Test
    void theSameModelIsCompatible() {
        assertThat(upgrade(types -> types)).isEmpty();
    }

    @Test
    void newTypesAreCompatibleAndARemovedTypeIsNot() {
        assertThat(upgrade(types -> {
            types.add(type(NS + "Truck", Kind.ASSET, NS + "Vehicle", null, List.of(FieldInfo.of("load", "Double")), List.of()));
            types.add(type(NS + "Scrap", Kind.TRANSACTION, SYSTEM + "Transaction", null, List.of(), List.of()));
            return types;
        })).isEmpty();
        assertThat(upgrade(types -> {
            types.removeIf(t -> t.qualifiedName().equals(NS + "Sell"));
            return types;
        })).containsExactly("org.acme.Sell: the type was removed");
    }

    @Test
    void aNewOptionalFieldOrOneWithADefaultIsCompatibleAndANewRequiredOneIsNot() {
        assertThat(upgrade(addCarField(new FieldInfo("mileage", "Long", false, true, false, null, null, null)))).isEmpty();
        assertThat(upgrade(addCarField(new FieldInfo("wheels", "Integer", false, false, false, "4", null, null)))).isEmpty();
        assertThat(upgrade(addCarField(FieldInfo.of("vat", "Double"))))
                .containsExactly("org.acme.Car.vat: is a new required field without a default: stored instances do not have it");
    }

    @Test
    void aRemovedFieldIsIncompatibleEvenWhenOptional() {
        assertThat(upgrade(field("plate", f -> null))).containsExactly("org.acme.Car.plate: the field was removed");
    }

    @Test
    void aFieldMovedToAnAbstractSuperTypeIsStillThereButOneMovedToAConcreteSuperTypeIsNewThere() {
        UnaryOperator<List<TypeInfo>> move = types -> {
            types.replaceAll(t -> t.qualifiedName().equals(CAR)
                    ? withFields(t, t.fields().stream().filter(f -> !f.name().equals("model")).toList())
                    : t.qualifiedName().equals(NS + "Vehicle")
                            ? withFields(t, List.of(FieldInfo.of("vin", "String"), FieldInfo.of("model", "String")))
                            : t);
            return types;
        };
        assertThat(upgrade(move.andThen(replace(NS + "Vehicle", t -> new TypeInfo(t.qualifiedName(), t.kind(), true,
                t.superType(), t.identifierField(), t.fields(), List.of(), null)))::apply))
                .containsExactly("org.acme.Vehicle: was concrete, is abstract");
        assertThat(upgrade(move))
                .containsExactly("org.acme.Vehicle.model: is a new required field without a default: stored instances do"
                        + " not have it");
    }

    @Test
    void aRetypedFieldIsIncompatible() {
        assertThat(upgrade(field("model", f -> with(f, "Integer", false, false, false))))
                .containsExactly("org.acme.Car.model: was String, is Integer");
        assertThat(upgrade(field("engine", f -> with(f, "String", false, false, false))))
                .containsExactly("org.acme.Car.engine: was org.acme.Engine, is String");
    }

    @Test
    void aFieldBecomingOrStoppingToBeAnArrayIsIncompatible() {
        assertThat(upgrade(field("model", f -> with(f, "String", true, false, false))))
                .containsExactly("org.acme.Car.model: was String, is String[]");
        assertThat(upgrade(field("tags", f -> with(f, "String", false, false, false))))
                .containsExactly("org.acme.Car.tags: was String[], is String");
    }

    @Test
    void aRelationshipWithAnotherTargetOrTurnedIntoAFieldIsIncompatible() {
        assertThat(upgrade(types -> {
            types.add(type(NS + "Dealer", Kind.PARTICIPANT, SYSTEM + "Participant", "dealerId",
                    List.of(FieldInfo.of("dealerId", "String")), List.of()));
            return field("owner", f -> with(f, NS + "Dealer", false, false, true)).apply(types);
        })).containsExactly("org.acme.Car.owner: was a relationship to org.acme.Owner, is a relationship to org.acme.Dealer");
        assertThat(upgrade(field("owner", f -> with(f, "String", false, false, false))))
                .containsExactly("org.acme.Car.owner: was a relationship to org.acme.Owner, is String");
    }

    @Test
    void optionalToRequiredIsIncompatibleAndRequiredToOptionalIsNot() {
        assertThat(upgrade(field("plate", f -> with(f, "String", false, false, false))))
                .containsExactly("org.acme.Car.plate: was optional, is required");
        assertThat(upgrade(field("model", f -> with(f, "String", false, true, false)))).isEmpty();
    }

    @Test
    void aRemovedEnumValueIsIncompatibleAndAnAddedOneIsNot() {
        assertThat(upgrade(replace(NS + "Colour", t -> type(t.qualifiedName(), Kind.ENUM, null, null, List.of(),
                List.of("RED", "BLUE", "GREEN"))))).isEmpty();
        assertThat(upgrade(replace(NS + "Colour", t -> type(t.qualifiedName(), Kind.ENUM, null, null, List.of(),
                List.of("RED"))))).containsExactly("org.acme.Colour: the enum value BLUE was removed");
    }

    @Test
    void aTypeChangingKindIsIncompatible() {
        assertThat(upgrade(replace(NS + "Owner", t -> type(t.qualifiedName(), Kind.ASSET, SYSTEM + "Asset", "ownerId",
                t.fields(), List.of())))).containsExactly("org.acme.Owner: was a participant, is an asset");
        assertThat(upgrade(replace(NS + "Engine", t -> type(t.qualifiedName(), Kind.EVENT, SYSTEM + "Event", null,
                t.fields(), List.of())))).containsExactly("org.acme.Engine: was a concept, is an event");
    }

    @Test
    void aConcreteTypeBecomingAbstractOrChangingItsIdentifierIsIncompatible() {
        assertThat(upgrade(replace(CAR, t -> new TypeInfo(t.qualifiedName(), t.kind(), true, t.superType(), null,
                t.fields(), List.of(), null)))).containsExactly("org.acme.Car: was concrete, is abstract");
        assertThat(upgrade(replace(NS + "Owner", t -> new TypeInfo(t.qualifiedName(), t.kind(), false, t.superType(),
                "name", List.of(FieldInfo.of("ownerId", "String"), FieldInfo.of("name", "String")), List.of(), null))))
                .containsExactly("org.acme.Owner: was identified by ownerId, is identified by name",
                        "org.acme.Owner.name: is a new required field without a default: stored instances do not have it");
    }

    @Test
    void aTypeMayGainASuperTypeButNotLoseOne() {
        assertThat(upgrade(types -> {
            types.add(type(NS + "Machine", Kind.ASSET, SYSTEM + "Asset", null, List.of(), List.of()));
            return replace(NS + "Vehicle", t -> type(t.qualifiedName(), Kind.ASSET, NS + "Machine", "vin", t.fields(),
                    List.of())).apply(types);
        })).isEmpty();
        assertThat(upgrade(replace(CAR, t -> new TypeInfo(t.qualifiedName(), t.kind(), false, SYSTEM + "Asset", "vin",
                concat(List.of(FieldInfo.of("vin", "String")), t.fields()), List.of(), null))))
                .containsExactly("org.acme.Car: no longer extends org.acme.Vehicle");
    }

    @Test
    void aRangeMayWidenButNotNarrowOrAppear() {
        FieldInfo.Range wider = new FieldInfo.Range("1", null);
        assertThat(upgrade(field("doors", f -> new FieldInfo(f.name(), f.type(), false, false, false, null, null, wider))))
                .isEmpty();
        assertThat(upgrade(field("doors", f -> new FieldInfo(f.name(), f.type(), false, false, false, null, null,
                new FieldInfo.Range("3", "5")))))
                .containsExactly("org.acme.Car.doors: had the range [2,5], has [3,5]: stored values may lie outside it");
        assertThat(upgrade(field("model", f -> new FieldInfo(f.name(), f.type(), false, false, false, null,
                new FieldInfo.Regex("[A-Z]+", ""), null))))
                .containsExactly("org.acme.Car.model: has no regex, has /[A-Z]+/: stored values may not match it");
    }

    @Test
    void everyIncompatibilityIsListedNotOnlyTheFirst() {
        assertThat(upgrade(field("plate", f -> null).andThen(types -> {
            types.removeIf(t -> t.qualifiedName().equals(NS + "Sell"));
            return types;
        })::apply)).containsExactly("org.acme.Car.plate: the field was removed", "org.acme.Sell: the type was removed");
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
