package dev.charter.rest.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.compiler.archive.JavaSourceCompiler;
import dev.charter.compiler.codegen.ModelInfoGenerator;
import dev.charter.compiler.model.Network;
import dev.charter.runtime.model.FieldInfo;
import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.model.TypeInfo;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The generated DTOs compile (warnings are errors) and Composer's JSON of every type of the model reads into them
 * and writes back to the same JSON tree, with the object mapper Spring gives a service: through the type's own
 * class and through each of its super types' (abstract types and {@code $class} subtypes).
 */
class GeneratedDtosRoundTripTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = Jackson2ObjectMapperBuilder.json().build();

    @Test
    void everyTypeOfTheLetterOfCreditRoundTripsThroughItsDto() throws Exception {
        int checked = roundTripEveryType(RestGeneratorFixtures.letterOfCredit());
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void composerVehicleLifecycleTypesRoundTripThroughTheirDtos() throws Exception {
        // Abstract participants and assets, subtypes of subtypes, enums and nested concepts.
        roundTripEveryType(RestGeneratorFixtures.composerSample("vehicle-lifecycle-network"));
    }

    @Test
    void composerLettersOfCreditTypesRoundTripThroughTheirDtos() throws Exception {
        roundTripEveryType(RestGeneratorFixtures.composerSample("letters-of-credit-network"));
    }

    @Test
    void everyTypeOfTheShopRoundTripsThroughItsDto() throws Exception {
        // A concrete concept with a subtype, a DateTime array, an optional abstract relationship array.
        roundTripEveryType(RestGeneratorFixtures.golden().resolve("network"));
    }

    @Test
    void theDtoOfAnAbstractTypeReadsTheConcreteTypeThatDollarClassNames() throws Exception {
        ClassLoader dtos = compileDtos(RestGeneratorFixtures.generate(RestGeneratorFixtures.golden().resolve("network"),
                NamespaceMode.ALWAYS));
        JsonNode clerk = MAPPER.readTree("""
                {"$class": "org.example.shop.Clerk", "email": "c@shop", "name": "Clo"}""");
        Object read = MAPPER.treeToValue(clerk, dtos.loadClass("org.example.shop.rest.dto.Person"));
        assertThat(read.getClass().getName()).isEqualTo("org.example.shop.rest.dto.Clerk");
        assertThat(read).hasToString("Clerk[email=c@shop, name=Clo]");
        JsonNode buy = MAPPER.readTree("""
                {"$class": "org.example.shop.Buy", "transactionId": "t1", "timestamp": "2026-11-21T13:00:00.000Z",
                 "product": "resource:org.example.shop.Product#P1", "buyer": "resource:org.example.shop.Customer#a@b"}""");
        Object transaction = MAPPER.treeToValue(buy, dtos.loadClass("org.example.shop.rest.dto.Buy"));
        assertThat(transaction.getClass().getMethod("timestamp").invoke(transaction))
                .isEqualTo(java.time.Instant.parse("2026-11-21T13:00:00Z"));
        assertThat(MAPPER.valueToTree(transaction).toString()).isEqualTo(buy.toString());
    }

    /** Every concrete type, with all fields and with the optional ones left out; every enum value. */
    private static int roundTripEveryType(Path network) throws Exception {
        Network compiled = RestGeneratorFixtures.network(network);
        RestApi api = new RestApi(compiled, ModelInfoGenerator.of(compiled), NamespaceMode.ALWAYS);
        ClassLoader dtos = compileDtos(RestGenerator.generate(compiled, NamespaceMode.ALWAYS,
                RestGeneratorFixtures.CHARTER_VERSION));
        ModelInfo model = api.model();
        int checked = 0;
        for (TypeInfo type : api.userTypes()) {
            Class<?> dto = dtos.loadClass(api.dto(type.qualifiedName()).reflectionName());
            if (type.kind() == TypeInfo.Kind.ENUM) {
                for (String value : type.enumValues()) {
                    assertRoundTrip(JSON.textNode(value), dto);
                }
            } else if (!type.isAbstract()) {
                for (boolean optionals : new boolean[] {true, false}) {
                    JsonNode instance = instance(model, type, optionals, 0);
                    for (TypeInfo as : model.ancestry(type.qualifiedName())) {
                        if (!as.namespace().equals(ModelInfo.SYSTEM_NAMESPACE)) {
                            assertRoundTrip(instance, dtos.loadClass(api.dto(as.qualifiedName()).reflectionName()));
                        }
                    }
                }
            }
            checked++;
        }
        return checked;
    }

    private static void assertRoundTrip(JsonNode json, Class<?> dto) throws Exception {
        Object value = MAPPER.treeToValue(json, dto);
        assertThat(MAPPER.valueToTree(value).toString()).as("%s read into %s", json, dto.getName())
                .isEqualTo(json.toString());
    }

    /** Composer's JSON of a concrete type, built from the model: each field set, arrays with two elements. */
    private static ObjectNode instance(ModelInfo model, TypeInfo type, boolean optionals, int depth) {
        ObjectNode instance = JSON.objectNode().put("$class", type.qualifiedName());
        for (FieldInfo field : model.allFields(type.qualifiedName())) {
            if (field.optional() && (!optionals || depth > 2)) {
                continue;
            }
            if (field.array()) {
                ArrayNode array = instance.putArray(field.name());
                array.add(value(model, field, optionals, depth, 1));
                array.add(value(model, field, optionals, depth, 2));
            } else {
                instance.set(field.name(), value(model, field, optionals, depth, 1));
            }
        }
        return instance;
    }

    private static JsonNode value(ModelInfo model, FieldInfo field, boolean optionals, int depth, int n) {
        if (field.relationship()) {
            List<String> targets = model.concreteSubtypes(field.type()).stream().map(TypeInfo::qualifiedName).toList();
            String target = targets.isEmpty() ? field.type() : targets.get((n - 1) % targets.size());
            return JSON.textNode("resource:" + target + "#id" + n);
        }
        if (field.primitive() != null) {
            return switch (field.primitive()) {
                case STRING -> JSON.textNode(field.name() + " " + n);
                case BOOLEAN -> JSON.booleanNode(n == 1);
                case DATE_TIME -> JSON.textNode("2026-11-2" + n + "T13:05:0" + n + ".12" + n + "Z");
                case INTEGER -> JSON.numberNode(40 + n);
                case LONG -> JSON.numberNode(9_000_000_000L + n);
                case DOUBLE -> JSON.numberNode(2.5 * n);
            };
        }
        TypeInfo declared = model.require(field.type());
        if (declared.kind() == TypeInfo.Kind.ENUM) {
            return JSON.textNode(declared.enumValues().get((n - 1) % declared.enumValues().size()));
        }
        List<TypeInfo> concrete = model.concreteSubtypes(field.type());
        return instance(model, concrete.get((n - 1) % concrete.size()), optionals, depth + 1);
    }

    private static ClassLoader compileDtos(RestGenerator.Project project) {
        List<Path> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        Map<String, byte[]> classes = new JavaSourceCompiler(true).compile(project.dtoSources(), classPath);
        assertThat(classes).isNotEmpty();
        List<String> names = new ArrayList<>(classes.keySet());
        return new ClassLoader(GeneratedDtosRoundTripTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = classes.get(name.replace('.', '/') + ".class");
                if (bytes == null) {
                    throw new ClassNotFoundException(name + " is not among the generated " + names);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
    }
}
