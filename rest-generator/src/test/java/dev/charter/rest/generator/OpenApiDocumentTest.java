package dev.charter.rest.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The generated OpenAPI 3 document is valid and its schemas say what the model says. */
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static SwaggerParseResult parse(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIParser().readContents(document, null, options);
    }

    @Test
    void theLetterOfCreditDocumentIsValidOpenApi3() {
        RestGenerator.Project project = RestGeneratorFixtures.generate(RestGeneratorFixtures.letterOfCredit(),
                NamespaceMode.ALWAYS);
        SwaggerParseResult result = parse(project.openApi());
        assertThat(result.getMessages()).isEmpty();
        OpenAPI api = result.getOpenAPI();
        assertThat(api.getOpenapi()).isEqualTo("3.0.3");
        assertThat(api.getPaths()).containsKeys("/api/org.example.loc.LetterOfCredit",
                "/api/org.example.loc.LetterOfCredit/{id}", "/api/org.example.loc.LetterOfCredit/{id}/history",
                "/api/org.example.loc.Approve", "/api/org.example.loc.Approve/{id}", "/api/system/ping",
                "/api/system/historian", "/api/system/events");
        assertThat(api.getPaths()).doesNotContainKeys("/api/org.example.loc.Person");
    }

    @Test
    void theGoldenDocumentIsValidWithAndWithoutNamespaces() {
        for (NamespaceMode mode : NamespaceMode.values()) {
            RestGenerator.Project project = RestGeneratorFixtures.generate(RestGeneratorFixtures.golden().resolve("network"),
                    mode);
            assertThat(parse(project.openApi()).getMessages()).as(mode.name()).isEmpty();
        }
    }

    @Test
    void schemasCarryEnumsRequiredFieldsPatternsRangesRelationshipsAndSubtypes() throws IOException {
        JsonNode schemas = JSON.readTree(RestGeneratorFixtures.generate(RestGeneratorFixtures.golden().resolve("network"),
                NamespaceMode.ALWAYS).openApi()).get("components").get("schemas");

        JsonNode product = schemas.get("org.example.shop.Product");
        assertThat(product.get("required")).extracting(JsonNode::asText).containsExactly("sku", "price", "colour");
        assertThat(product.at("/properties/$class/enum/0").asText()).isEqualTo("org.example.shop.Product");
        assertThat(product.at("/properties/price/minimum").asDouble()).isZero();
        assertThat(product.at("/properties/colour/$ref").asText()).isEqualTo("#/components/schemas/org.example.shop.Colour");
        assertThat(product.at("/properties/reviewers/items/pattern").asText())
                .isEqualTo("^resource:(org\\.example\\.shop\\.Customer|org\\.example\\.shop\\.Clerk)#.+$");
        assertThat(product.get("additionalProperties").asBoolean()).isFalse();

        assertThat(schemas.at("/org.example.shop.Colour/enum")).extracting(JsonNode::asText).containsExactly("RED", "GREEN", "final");
        JsonNode customer = schemas.get("org.example.shop.Customer");
        assertThat(customer.at("/properties/email/pattern").asText()).isEqualTo("^[^@]+@[^@]+$");
        assertThat(customer.at("/properties/loyalty/maximum").asInt()).isEqualTo(100);
        assertThat(customer.at("/properties/loyalty/default").asInt()).isZero();
        assertThat(customer.get("required")).extracting(JsonNode::asText).containsExactly("email", "name");

        JsonNode buy = schemas.get("org.example.shop.Buy");
        assertThat(buy.get("required")).extracting(JsonNode::asText).containsExactly("product", "buyer");
        assertThat(schemas.get("org.example.shop.Bought")).isNotNull();
    }

    @Test
    void anAbstractFieldTypeIsOneOfItsConcreteSubtypesByClass() throws IOException {
        JsonNode schemas = JSON.readTree(RestGeneratorFixtures.generate(RestGeneratorFixtures.letterOfCredit(),
                NamespaceMode.ALWAYS).openApi()).get("components").get("schemas");
        // HistorianRecord's eventsEmitted holds events of any concrete type.
        JsonNode event = schemas.get("org.hyperledger.composer.system.Event");
        assertThat(event.get("oneOf")).extracting(n -> n.get("$ref").asText())
                .contains("#/components/schemas/org.example.loc.ApproveEvent");
        assertThat(event.at("/discriminator/propertyName").asText()).isEqualTo("$class");
        assertThat(event.at("/discriminator/mapping/org.example.loc.CloseEvent").asText())
                .isEqualTo("#/components/schemas/org.example.loc.CloseEvent");
    }
}
